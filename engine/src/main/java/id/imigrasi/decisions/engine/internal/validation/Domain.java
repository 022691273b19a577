package id.imigrasi.decisions.engine.internal.validation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.model.RowMatch;

/**
 * The values a cell of a column may hold, derived from the column's template and the fact
 * model, so that a typo is caught here instead of compiling into a condition that never
 * matches.
 *
 * @param name what a value is, for messages ({@code Purpose}, {@code yes/no value})
 * @param nameId the same in Bahasa Indonesia
 * @param allowed the allowed values; {@code null} for "any whole number"
 */
record Domain(String name, String nameId, Set<String> allowed) {

	private static final Pattern ENUM_PLACEHOLDER = Pattern.compile("\\b([A-Z]\\w*)\\.\\$(?:param)?");

	private static final Pattern CONTAINS_STRING = Pattern.compile("(\\w+)\\s+(not\\s+)?contains\\s+\"\\$(param)?\"");

	private static final Pattern NUMBER = Pattern.compile("(<|<=|>|>=)\\s*\\$param");

	private static final Pattern BOOLEAN = Pattern.compile("==\\s*\\$param\\b");

	static final Domain INTEGER = new Domain("whole number", "bilangan bulat", null);

	static final Domain BOOLEANS = new Domain("yes/no value (true or false)", "nilai ya/tidak (true atau false)",
			// Listed in a fixed order: Set.of iterates differently from one JVM
			// run to the next.
			new LinkedHashSet<>(List.of("true", "false")));

	static final Set<String> COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

	/**
	 * The domain of a condition column, or {@code null} when the template is of a shape
	 * this class does not know (the analysis then warns instead of guessing).
	 */
	static Domain ofCondition(RuleColumn column, Set<String> listCodes, Set<String> ruleIds) {
		// without lists.xlsx list codes are unknown: MISSING_WORKBOOK says so already
		String code = column.code();
		if (code == null) {
			return null;
		}
		Class<?> factType = FactCatalog.factType(column.patternType());
		if (factType == RowMatch.class) {
			// null when a workbook of the set could not be read: its rule IDs are unknown
			return (ruleIds != null) ? new Domain("rule ID", "ID aturan", ruleIds) : null;
		}
		Matcher m = ENUM_PLACEHOLDER.matcher(code);
		if (m.find()) {
			Class<?> type = FactCatalog.factType(m.group(1));
			if (type != null && type.isEnum()) {
				return ofEnum(type);
			}
			return null;
		}
		m = CONTAINS_STRING.matcher(code);
		if (m.find()) {
			String property = m.group(1);
			if (property.endsWith("Lists")) {
				if (listCodes == null) {
					return null;
				}
				return new Domain("list code of lists.xlsx", "kode daftar di lists.xlsx", listCodes);
			}
			if (property.endsWith("Countries")) {
				return new Domain("ISO 3166-1 alpha-2 country code", "kode negara ISO 3166-1 alpha-2", COUNTRIES);
			}
			return null;
		}
		if (NUMBER.matcher(code).find()) {
			return INTEGER;
		}
		if (BOOLEAN.matcher(code).find()) {
			return BOOLEANS;
		}
		return null;
	}

	static Domain ofEnum(Class<?> type) {
		Set<String> names = new LinkedHashSet<>();
		for (Object constant : type.getEnumConstants()) {
			names.add(((Enum<?>) constant).name());
		}
		return new Domain(type.getSimpleName(), ENUM_NAMES_ID.getOrDefault(type.getSimpleName(), "nilai"), names);
	}

	/** What a value of each enum is called in Bahasa Indonesia, for messages. */
	private static final java.util.Map<String, String> ENUM_NAMES_ID = java.util.Map.ofEntries(
			java.util.Map.entry("Purpose", "tujuan perjalanan"), java.util.Map.entry("VisaType", "jenis visa"),
			java.util.Map.entry("TravelDocumentType", "jenis dokumen perjalanan"),
			java.util.Map.entry("JobSector", "sektor tawaran kerja"),
			java.util.Map.entry("RecruitmentChannel", "cara perekrutan"),
			java.util.Map.entry("Companion", "pendamping"), java.util.Map.entry("DocumentType", "jenis dokumen"),
			java.util.Map.entry("ApplicationType", "jenis permohonan"), java.util.Map.entry("Agency", "instansi"),
			java.util.Map.entry("Urgency", "urgensi"), java.util.Map.entry("Sex", "jenis kelamin"),
			java.util.Map.entry("Occupation", "pekerjaan"), java.util.Map.entry("Outcome", "rekomendasi"));

	/** Whether a single value is allowed. */
	boolean allows(String value) {
		if (this.allowed == null) {
			return value.matches("\\d{1,3}");
		}
		return this.allowed.contains(value);
	}

	/** The allowed values for a message, shortened when there are many (countries). */
	String allowedText() {
		if (this.allowed == null) {
			return "a whole number such as 18";
		}
		if (this.allowed.size() > 30) {
			return String.join(", ", this.allowed.stream().limit(12).toList()) + ", ... (" + this.allowed.size()
					+ " values)";
		}
		return String.join(", ", this.allowed);
	}

}
