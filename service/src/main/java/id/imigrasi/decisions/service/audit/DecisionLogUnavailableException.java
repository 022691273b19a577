package id.imigrasi.decisions.service.audit;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A decision was made but could not be stored in the decision log; it is not answered
 * (503), because a decision must never be reported without its record. Also a read of the
 * log that the storage failed under ({@link #reading()}): 503, never 500.
 */
public class DecisionLogUnavailableException extends ProblemException {

	private static final long serialVersionUID = 1L;

	DecisionLogUnavailableException() {
		this("The decision could not be logged, so it is not answered; try again.");
	}

	private DecisionLogUnavailableException(String detail) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "decision-log-unavailable", "The decision log is unavailable", detail);
	}

	/** The log could not be read at the moment. */
	static DecisionLogUnavailableException reading() {
		return new DecisionLogUnavailableException("The decision log cannot be read at the moment; try again.");
	}

}
