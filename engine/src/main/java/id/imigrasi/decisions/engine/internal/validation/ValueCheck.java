package id.imigrasi.decisions.engine.internal.validation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.imigrasi.decisions.engine.Nearest;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.PassportApplicationFacts;
import id.imigrasi.decisions.model.Urgency;

/**
 * Every condition and METADATA cell against the values the fact model allows, naming the
 * allowed values and the nearest one.
 */
final class ValueCheck {

	private static final Pattern CITATION_KEY = Pattern.compile("\\{([^}]*)\\}");

	private ValueCheck() {
	}

	static void check(RuleTable table, Set<String> listCodes, Set<String> citationKeys, Set<String> ruleIds,
			Problems problems) {
		Domain outcomes = outcomes(table);
		for (RuleRow row : table.rows()) {
			for (RuleColumn column : table.conditionColumns()) {
				String value = row.cell(column);
				Domain domain = Domain.ofCondition(column, listCodes, ruleIds);
				if (value != null && domain != null) {
					for (String single : ColumnTemplate.values(column.code(), value)) {
						checkValue(row, column, single, domain, problems);
					}
				}
			}
			checkMeta(row, "outcome", outcomes, problems);
			checkMeta(row, "agency", Domain.ofEnum(Agency.class), problems);
			checkMeta(row, "urgency", Domain.ofEnum(Urgency.class), problems);
			checkCitationKeys(row, citationKeys, problems);
		}
	}

	/** The outcomes of the table's service (SPEC 2.1, 2.2), or all but REFER. */
	static Domain outcomes(RuleTable table) {
		DecisionService service = service(table);
		Set<String> names = new LinkedHashSet<>();
		for (Outcome outcome : Outcome.values()) {
			if (outcome != Outcome.REFER && (service == null || outcome.service() == service)) {
				names.add(outcome.name());
			}
		}
		String what = (service != null) ? "outcome of " + service.name().toLowerCase().replace('_', '-') : "outcome";
		return new Domain(what, "rekomendasi", names);
	}

	/** The service whose facts the table's conditions read, or null if both. */
	static DecisionService service(RuleTable table) {
		Set<Class<?>> types = new LinkedHashSet<>();
		table.conditionColumns().forEach((c) -> types.add(FactCatalog.factType(c.patternType())));
		if (types.contains(PassportApplicationFacts.class) && !types.contains(DepartureFacts.class)) {
			return DecisionService.PASSPORT_APPLICATION;
		}
		if (types.contains(DepartureFacts.class) && !types.contains(PassportApplicationFacts.class)) {
			return DecisionService.DEPARTURE;
		}
		return null;
	}

	private static void checkMeta(RuleRow row, String key, Domain domain, Problems problems) {
		RuleColumn column = row.table().metaColumn(key);
		String value = row.cell(column);
		if (value != null) {
			checkValue(row, column, value, domain, problems);
		}
	}

	private static void checkValue(RuleRow row, RuleColumn column, String value, Domain domain, Problems problems) {
		if (domain.allows(value) || problems.hasErrorAt(row.cellRef(column), ProblemCode.UNSAFE_CHARACTER)) {
			return; // allowed, or refused already as unsafe to put into code
		}
		String nearest = (domain.allowed() == Domain.COUNTRIES) ? Nearest.country(value, domain.allowed())
				: Nearest.to(value, domain.allowed());
		String hint = (nearest != null) ? " Did you mean '" + nearest + "'?" : "";
		String hintId = (nearest != null) ? " Maksudnya '" + nearest + "'?" : "";
		problems.error(ProblemCode.UNKNOWN_VALUE, row.cellRef(column),
				"'" + value + "' is not a valid " + domain.name() + " (" + column.captionEn() + ", row "
						+ StructureCheck.label(row) + ")." + hint + " Allowed: " + domain.allowedText() + ".",
				"'" + value + "' bukan " + domain.nameId() + " yang dikenal (" + column.captionId() + ", baris "
						+ StructureCheck.label(row) + ")." + hintId + " Nilai yang boleh: " + domain.allowedText()
						+ ".");
	}

	/** {@code {TPPO_OFFENCE}} must name a dated citation of lists.xlsx. */
	private static void checkCitationKeys(RuleRow row, Set<String> citationKeys, Problems problems) {
		RuleColumn column = row.table().metaColumn("legalBasis");
		String value = row.cell(column);
		if (value == null || citationKeys == null) {
			return;
		}
		Matcher m = CITATION_KEY.matcher(value);
		Domain keys = new Domain("citation key of lists.xlsx (sheet Rujukan Hukum)",
				"kunci rujukan di lists.xlsx (sheet Rujukan Hukum)", citationKeys);
		while (m.find()) {
			if (!citationKeys.contains(m.group(1))) {
				checkValue(row, column, "{" + m.group(1) + "}", new Domain(keys.name(), keys.nameId(),
						new LinkedHashSet<>(
								Arrays.asList(citationKeys.stream().map((k) -> "{" + k + "}").toArray(String[]::new)))),
						problems);
			}
		}
	}

}
