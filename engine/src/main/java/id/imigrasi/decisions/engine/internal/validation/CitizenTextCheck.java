package id.imigrasi.decisions.engine.internal.validation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.model.Outcome;

/**
 * The citizen's side of a restrictive passport or departure row (SPEC 6): the reason and
 * what lifts the outcome, in Bahasa Indonesia and English, for the written notice (SPEC
 * 8.1). The notice is read out at the counter, possibly beside the person's recruiter, so
 * it never speaks of police, trafficking, referrals, witnesses or recruiters.
 */
final class CitizenTextCheck {

	/** The four METADATA keys every restrictive row fills in. */
	static final List<String> KEYS = List.of("citizenReasonId", "citizenReasonEn", "citizenLiftId", "citizenLiftEn");

	private static final Pattern UNSAFE = Pattern.compile("\\b(polisi|polri|kepolisian|bareskrim|polres\\w*|tppo"
			+ "|perdagangan orang|penyelundupan|eksploitasi|dieksploitasi|\\w*rujuk\\w*|saksi|bersaksi|lpsk"
			+ "|perekrut|direkrut|merekrut|perekrutan|police|traffick\\w*|smuggl\\w*|exploit\\w*|refer(red|ral|rals)?"
			+ "|testif\\w*|testimony|witness\\w*|recruit\\w*)\\b", Pattern.CASE_INSENSITIVE);

	private CitizenTextCheck() {
	}

	static void check(RuleTable table, Problems problems) {
		RuleColumn outcomeColumn = table.metaColumn("outcome");
		if (outcomeColumn == null || table.isReferralTable()) {
			return;
		}
		List<String> missingColumns = KEYS.stream().filter((key) -> table.metaColumn(key) == null).toList();
		if (!missingColumns.isEmpty()) {
			String columns = String.join(", ", missingColumns.stream().map((k) -> k + "(\"$param\")").toList());
			problems.warning(ProblemCode.MISSING_COLUMN, StructureCheck.tableCell(table), "The table "
					+ table.tableName() + " has no METADATA column " + columns
					+ ", so its refusals and deferrals carry no text for the citizen's written notice (SPEC 6).",
					"Tabel " + table.tableName() + " tidak punya kolom METADATA " + columns
							+ ", sehingga penolakan dan penundaannya tidak punya teks untuk surat pemberitahuan kepada warga.");
		}
		for (RuleRow row : table.rows()) {
			Outcome outcome = parse(row.cell(outcomeColumn));
			for (String key : KEYS) {
				RuleColumn column = table.metaColumn(key);
				if (column == null) {
					continue;
				}
				String text = row.cell(column);
				if (text == null && outcome != null && outcome.restrictive()) {
					problems.error(ProblemCode.MISSING_CITIZEN_TEXT, row.cellRef(column), "Row "
							+ StructureCheck.label(row) + " recommends " + outcome + " but has no " + column.captionEn()
							+ "; every refusal, suspension, deferral or request for documents tells the citizen why and what lifts it, in both languages.",
							"Baris " + StructureCheck.label(row) + " merekomendasikan " + outcome
									+ " tetapi tidak punya " + column.captionId()
									+ "; setiap penolakan, penangguhan, penundaan atau permintaan dokumen wajib menjelaskan kepada warga alasannya dan cara mengatasinya, dalam dua bahasa.");
				}
				Matcher unsafe = (text != null) ? UNSAFE.matcher(text) : null;
				if (unsafe != null && unsafe.find()) {
					String word = unsafe.group(1).toLowerCase(Locale.ROOT);
					problems.error(ProblemCode.UNSAFE_CITIZEN_TEXT, row.cellRef(column), "The citizen's text of row "
							+ StructureCheck.label(row) + " says '" + word
							+ "'. It is read out to the person, perhaps beside a recruiter: never mention police, trafficking, referrals, witnesses or recruiters; state the legal ground and what lifts it.",
							"Teks untuk warga pada baris " + StructureCheck.label(row) + " memuat kata '" + word
									+ "'. Teks ini dibacakan kepada orang tersebut, mungkin di samping perekrutnya: jangan menyebut polisi, perdagangan orang, rujukan, saksi atau perekrut; sebutkan dasar hukum dan cara mengatasinya.");
				}
			}
		}
	}

	private static Outcome parse(String value) {
		try {
			return (value != null) ? Outcome.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
