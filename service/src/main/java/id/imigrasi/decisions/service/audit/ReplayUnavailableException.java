package id.imigrasi.decisions.service.audit;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A logged decision cannot be replayed as it was made, e.g. because the ruleset version
 * it was made under is no longer available (409). A replay on other tables would prove
 * nothing, so none is made.
 */
public class ReplayUnavailableException extends ProblemException {

	private static final long serialVersionUID = 1L;

	ReplayUnavailableException(String reason) {
		super(HttpStatus.CONFLICT, "replay-unavailable", "The decision cannot be replayed as it was made", reason);
	}

}
