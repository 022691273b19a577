package id.imigrasi.decisions.engine.validation;

/**
 * One thing wrong with the workbooks, located where policy staff can fix it.
 *
 * @param severity {@code ERROR} stops the ruleset from going live; {@code WARNING} does
 * not
 * @param code a stable code tools can rely on, e.g. {@code UNKNOWN_VALUE}
 * @param file the workbook's file name
 * @param sheet the sheet, or {@code null} for the workbook as a whole
 * @param cell the A1 address, or {@code null} for the sheet as a whole
 * @param message a plain English sentence
 * @param messageId the same sentence in Bahasa Indonesia
 */
public record Problem(Severity severity, String code, String file, String sheet, String cell, String message,
		String messageId) {

	public enum Severity {

		ERROR, WARNING

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

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return this.severity + " " + location() + " [" + this.code + "] " + this.message;
	}

}
