package id.imigrasi.decisions.service.ruleset;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/** Activation of a version that was never kept (404). */
class UnknownVersionException extends ProblemException {

	private static final long serialVersionUID = 1L;

	UnknownVersionException(String version) {
		super(HttpStatus.NOT_FOUND, "unknown-ruleset-version", "Unknown ruleset version",
				"No ruleset version '" + version + "' is kept");
	}

}
