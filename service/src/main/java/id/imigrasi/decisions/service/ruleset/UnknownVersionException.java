package id.imigrasi.decisions.service.ruleset;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * Activation of a version that was never kept (404), or of a label no version can have.
 * The label comes from the URL, so only a well-formed one without a long run of digits (a
 * NIK) is quoted back.
 */
class UnknownVersionException extends ProblemException {

	private static final long serialVersionUID = 1L;

	private static final Pattern QUOTABLE = Pattern.compile("(?!.*\\d{13})[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	UnknownVersionException(String version) {
		super(HttpStatus.NOT_FOUND, "unknown-ruleset-version", "Unknown ruleset version",
				(version != null && QUOTABLE.matcher(version).matches())
						? "No ruleset version '" + version + "' is kept" : "No ruleset version of this label is kept");
	}

}
