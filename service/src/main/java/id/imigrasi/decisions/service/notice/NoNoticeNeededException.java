package id.imigrasi.decisions.service.notice;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.service.system.ProblemException;

/**
 * The officer's final decision needs no written notice (404): the passport is issued, the
 * traveller leaves, or the case goes to an interview or a second look, which decide
 * nothing yet (docs/notice.md).
 */
class NoNoticeNeededException extends ProblemException {

	private static final long serialVersionUID = 1L;

	NoNoticeNeededException(Outcome finalDecision) {
		super(HttpStatus.NOT_FOUND, "no-notice", "No notice for this decision",
				"The officer's final decision is " + finalDecision + ", which needs no written notice; notices are "
						+ "written for " + Notice.NEEDED + ".");
		property("finalDecision", finalDecision.name());
	}

}
