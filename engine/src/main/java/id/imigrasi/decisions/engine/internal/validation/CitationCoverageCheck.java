package id.imigrasi.decisions.engine.internal.validation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;

/**
 * A dated citation key must say something on every date its row is in force (SPEC 2.6):
 * the engine leaves out a key with no entry on the legal date, so a gap would silently
 * drop a legal basis (DC-013 in 2016 cited nothing for its placement ban).
 */
final class CitationCoverageCheck {

	private static final Pattern KEY = Pattern.compile("^\\{(\\w+)}$");

	private CitationCoverageCheck() {
	}

	static void check(List<RuleTable> tables, ReferenceLists lists, Problems problems) {
		for (RuleTable table : tables) {
			for (RuleRow row : table.rows()) {
				LocalDate from = Cells.date(row.meta("validFrom"));
				String basis = row.meta("legalBasis");
				if (from == null || basis == null) {
					continue;
				}
				LocalDate to = Cells.date(row.meta("validTo"));
				Arrays.stream(basis.split(";")).map(String::strip).map(CitationCoverageCheck::keyOf).forEach((key) -> {
					if (key == null || !lists.citationKeys().contains(key)) {
						return; // plain text, or an unknown key (ValueCheck names it)
					}
					LocalDate gap = firstUncovered(lists, key, from, to);
					if (gap != null) {
						problems.warning(ProblemCode.CITATION_GAP, row.cellRef(table.metaColumn("legalBasis")), "{"
								+ key + "} cites nothing on " + gap + ", a date row " + StructureCheck.label(row)
								+ " is in force: add an entry for that date in lists.xlsx (Rujukan Hukum) or start the row later.",
								"{" + key + "} tidak merujuk apa pun pada " + gap + ", padahal baris "
										+ StructureCheck.label(row)
										+ " berlaku pada tanggal itu: tambahkan entri untuk tanggal itu di lists.xlsx (Rujukan Hukum) atau mulai baris ini kemudian.");
					}
				});
			}
		}
	}

	private static String keyOf(String item) {
		Matcher m = KEY.matcher(item);
		return m.matches() ? m.group(1) : null;
	}

	/** The first date of [from, to] (to null: open) on which the key has no entry. */
	static LocalDate firstUncovered(ReferenceLists lists, String key, LocalDate from, LocalDate to) {
		LocalDate day = from;
		while (to == null || !day.isAfter(to)) {
			LocalDate current = day;
			ReferenceLists.CitationEntry entry = lists.citations()
				.stream()
				.filter((c) -> key.equals(c.key()) && (c.from() == null || !current.isBefore(c.from()))
						&& (c.to() == null || !current.isAfter(c.to())))
				.findFirst()
				.orElse(null);
			if (entry == null) {
				return day;
			}
			if (entry.to() == null) {
				return null;
			}
			day = entry.to().plusDays(1);
		}
		return null;
	}

}
