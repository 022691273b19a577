package id.imigrasi.decisions.engine;

/**
 * One thing wrong with a ruleset or an upload, located where policy staff can fix it: a
 * workbook cell, a scenario file, or a part of the upload.
 *
 * @param severity {@code ERROR} stops the ruleset from going live; {@code WARNING} does
 * not
 * @param code a stable code tools can rely on
 * @param file the workbook's file name, or the part of an upload ({@code version})
 * @param sheet the sheet, or {@code null} for the file as a whole
 * @param cell the A1 address, or {@code null} for the sheet as a whole
 * @param message a plain English sentence
 * @param messageId the same sentence in Bahasa Indonesia
 */
public record Problem(Severity severity, ProblemCode code, String file, String sheet, String cell, String message,
		String messageId) {

	/** How bad a problem is. */
	public enum Severity {

		ERROR, WARNING

	}

	/** An error about a whole file or part of an upload. */
	public static Problem error(ProblemCode code, String where, String message, String messageId) {
		return new Problem(Severity.ERROR, code, where, null, null, message, messageId);
	}

	/** A warning about a whole file or part of an upload. */
	public static Problem warning(ProblemCode code, String where, String message, String messageId) {
		return new Problem(Severity.WARNING, code, where, null, null, message, messageId);
	}

	/** {@code file!sheet!cell}, or as much of it as is known. */
	public String location() {
		StringBuilder location = new StringBuilder((this.file != null) ? this.file : "");
		if (this.sheet != null) {
			location.append('!').append(this.sheet);
			if (this.cell != null) {
				location.append('!').append(this.cell);
			}
		}
		return location.toString();
	}

	/**
	 * The problem as the commands print it: where, how bad and which code on one line,
	 * the English sentence, then the Bahasa Indonesia one.
	 */
	public String toParagraph() {
		StringBuilder text = new StringBuilder().append(this.severity)
			.append("  ")
			.append(location())
			.append("  [")
			.append(this.code)
			.append("]\n  ")
			.append(this.message)
			.append('\n');
		if (this.messageId != null) {
			text.append("  (ID) ").append(this.messageId).append('\n');
		}
		return text.toString();
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return this.severity + " " + location() + " [" + this.code + "] " + this.message;
	}

}
