package id.imigrasi.decisions.engine.internal.validation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Drools makes of a condition cell: the column's code template with the cell value
 * put in. {@code forall(||){statedPurpose == Purpose.$}} with {@code TOURISM, UMRAH}
 * becomes {@code statedPurpose == Purpose.TOURISM || statedPurpose == Purpose.UMRAH}.
 */
final class ColumnTemplate {

	private static final Pattern FORALL = Pattern.compile("^\\s*forall\\((\\|\\||&&)\\)\\{(.*)\\}\\s*$",
			Pattern.DOTALL);

	private ColumnTemplate() {
	}

	/** Whether the template repeats its body for each comma-separated value. */
	static boolean isForall(String code) {
		return code != null && FORALL.matcher(code).matches();
	}

	/** The body a forall template repeats, or the template itself. */
	static String body(String code) {
		Matcher m = FORALL.matcher(code);
		return m.matches() ? m.group(2) : code;
	}

	/** The values of a cell as Drools splits them: by comma for forall, else whole. */
	static List<String> values(String code, String cell) {
		if (isForall(code)) {
			return Arrays.stream(cell.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		return List.of(cell.strip());
	}

	/** The constraint Drools generates from the template and the cell. */
	static String render(String code, String cell) {
		Matcher m = FORALL.matcher(code);
		if (m.matches()) {
			String separator = " " + m.group(1) + " ";
			return String.join(separator,
					values(code, cell).stream().map((v) -> "(" + m.group(2).replace("$", v) + ")").toList());
		}
		return code.replace("$param", cell.strip());
	}

}
