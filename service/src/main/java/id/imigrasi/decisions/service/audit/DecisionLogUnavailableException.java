package id.imigrasi.decisions.service.audit;

/**
 * A decision was made but could not be stored in the decision log; it is not answered
 * (503), because a decision must never be reported without its record.
 */
public class DecisionLogUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DecisionLogUnavailableException() {
		super("The decision log is unavailable");
	}

}
