package id.imigrasi.decisions.service.ruleset;

import id.imigrasi.decisions.engine.Problem;

/**
 * One problem of a refused ruleset as the API answers it: where (the workbook cell or the
 * part of the upload), how bad, a stable code, and the sentence in Bahasa Indonesia and
 * English.
 */
public record ProblemAnswer(String severity, String code, String location, String file, String sheet, String cell,
		String message, String messageId) {

	public static ProblemAnswer of(Problem problem) {
		return new ProblemAnswer(problem.severity().name(), problem.code().name(), problem.location(), problem.file(),
				problem.sheet(), problem.cell(), problem.message(), problem.messageId());
	}

}
