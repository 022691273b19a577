package id.imigrasi.decisions.service.audit;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A decision was made but could not be stored in the decision log; it is not answered
 * (503), because a decision must never be reported without its record.
 */
public class DecisionLogUnavailableException extends ProblemException {

	private static final long serialVersionUID = 1L;

	DecisionLogUnavailableException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "decision-log-unavailable", "The decision log is unavailable",
				"The decision could not be logged, so it is not answered; try again.");
	}

}
