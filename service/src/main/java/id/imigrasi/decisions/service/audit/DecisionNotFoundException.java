package id.imigrasi.decisions.service.audit;

/**
 * No decision with that ID is in the log: never made, made by another log, or purged
 * after the retention period.
 */
public class DecisionNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DecisionNotFoundException() {
		super("No such decision in the log");
	}

}
