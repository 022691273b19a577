package id.imigrasi.decisions.service.audit;

import java.util.List;
import java.util.regex.Pattern;

import id.imigrasi.decisions.service.system.InputProblem;

/**
 * Why someone searches the log for a person, from the {@code X-Purpose} header (SPEC
 * 8.1): required, kept in the access log. It says why (a case, an objection, an audit),
 * never who: a purpose holding a 16-digit number is refused, so no NIK reaches the access
 * log.
 *
 * @param text the purpose as given, trimmed
 */
public record Purpose(String text) {

	public static final String HEADER = "X-Purpose";

	/** Longest purpose kept. */
	public static final int LIMIT = 200;

	/**
	 * Sixteen digits in a row, or in groups split by spaces, dots or dashes: a NIK
	 * however it is written.
	 */
	private static final Pattern NIK = Pattern.compile("(?<!\\d)(?:\\d[ .-]?){15}\\d(?!\\d)");

	/**
	 * The purpose, or null with the problem added; the problem never quotes the header.
	 */
	public static Purpose read(String header, List<InputProblem> problems) {
		if (header == null || header.isBlank()) {
			problems.add(new InputProblem(HEADER,
					"is required: say why you search the log (e.g. an objection, a case or an audit reference)"));
			return null;
		}
		String text = header.strip();
		if (text.length() > LIMIT) {
			problems.add(new InputProblem(HEADER, "is longer than " + LIMIT + " characters"));
			return null;
		}
		if (containsNik(text) || text.chars().anyMatch(Character::isISOControl)) {
			problems.add(new InputProblem(HEADER,
					"must say why, not who: it may not hold a 16-digit number (a NIK) or control characters"));
			return null;
		}
		return new Purpose(text);
	}

	/** Whether a text holds something that may be a NIK. */
	public static boolean containsNik(String text) {
		return NIK.matcher(text).find();
	}

}
