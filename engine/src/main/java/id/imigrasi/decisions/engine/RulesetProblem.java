package id.imigrasi.decisions.engine;

/**
 * Something wrong with a ruleset, located where policy staff can fix it.
 *
 * @param severity {@code ERROR} blocks a ruleset; {@code WARNING} does not
 * @param code a stable code such as {@code MISSING_CELL}
 * @param location {@code file!sheet!cell}, or as much of it as is known
 * @param message a plain sentence
 */
public record RulesetProblem(Severity severity, String code, String location, String message) {

	public enum Severity {

		ERROR, WARNING

	}

	public static RulesetProblem error(String code, String location, String message) {
		return new RulesetProblem(Severity.ERROR, code, location, message);
	}

	public static RulesetProblem warning(String code, String location, String message) {
		return new RulesetProblem(Severity.WARNING, code, location, message);
	}

	@Override
	public String toString() {
		return this.severity + " " + this.location + ": " + this.message + " [" + this.code + "]";
	}

}
