package id.imigrasi.decisions.service.audit;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * No decision with that ID is in the log: never made, made by another log, or purged
 * after the retention period.
 */
public class DecisionNotFoundException extends ProblemException {

	private static final long serialVersionUID = 1L;

	DecisionNotFoundException() {
		super(HttpStatus.NOT_FOUND, "decision-not-found", "No such decision",
				"No decision with this ID is in the log; it may have been purged after the retention period.");
	}

}
