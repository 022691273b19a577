package id.imigrasi.decisions.service.ruleset;

import id.imigrasi.decisions.engine.Problem;

/**
 * One problem of a refused ruleset as the API answers it: where (the workbook cell or the
 * part of the upload), how bad, a stable code, and the sentence in Bahasa Indonesia and
 * English.
 */
public record ProblemAnswer(String severity, String code, String location, String file, String sheet, String cell,
		String message, String messageId) {

	/**
	 * The longest message answered: a message may quote a cell, and a cell may hold
	 * 32,767 characters.
	 */
	static final int MAX_MESSAGE = 4_000;

	public static ProblemAnswer of(Problem problem) {
		return new ProblemAnswer(problem.severity().name(), problem.code().name(), problem.location(), problem.file(),
				problem.sheet(), problem.cell(), shorten(problem.message()), shorten(problem.messageId()));
	}

	private static String shorten(String text) {
		return (text == null || text.length() <= MAX_MESSAGE) ? text : text.substring(0, MAX_MESSAGE) + " …";
	}

}
