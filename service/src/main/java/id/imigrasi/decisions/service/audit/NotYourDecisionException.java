package id.imigrasi.decisions.service.audit;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A caller key asked for a decision another key asked for (403): a caller reads and
 * records outcomes only for its own decisions; an auditor reads any.
 */
public class NotYourDecisionException extends ProblemException {

	private static final long serialVersionUID = 1L;

	NotYourDecisionException() {
		super(HttpStatus.FORBIDDEN, "forbidden", "Not allowed with this key",
				"This decision was asked for with another key; only that key, an auditor or an admin may read it, "
						+ "and only that key may record its outcome.");
	}

}
