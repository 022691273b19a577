package id.imigrasi.decisions.service.audit;

/**
 * A logged decision cannot be replayed as it was made, e.g. because the ruleset version
 * it was made under is no longer available (409). A replay on other tables would prove
 * nothing, so none is made.
 */
public class ReplayUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ReplayUnavailableException(String reason) {
		super(reason);
	}

}
