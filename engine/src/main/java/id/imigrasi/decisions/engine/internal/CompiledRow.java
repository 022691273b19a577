package id.imigrasi.decisions.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.RulesetProblem;
import id.imigrasi.decisions.engine.tables.Cells;
import id.imigrasi.decisions.engine.tables.RuleColumn;
import id.imigrasi.decisions.engine.tables.RuleRow;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.RowMatch;
import id.imigrasi.decisions.model.Urgency;

/**
 * A rule-table row made ready for explanation: its cells parsed once when the ruleset
 * loads, so a decision only looks things up.
 *
 * @param order position across all tables, to keep findings in the order staff wrote them
 * @param conditions the row's filled-in condition cells and what each reads
 */
public record CompiledRow(RuleRow row, int order, String ruleId, String table, Outcome outcome, Agency agency,
		Urgency urgency, Reason reason, List<String> legalBasis, LocalDate validFrom, LocalDate validTo,
		List<Condition> conditions) {

	/** One filled-in condition cell of the row. */
	public record Condition(RuleColumn column, String value, Class<?> factType, List<FactCatalog.Property> reads,
			List<String> ruleIds) {

		/** Whether this condition is on rows that fired before ({@code RowMatch}). */
		public boolean onRowMatches() {
			return this.factType == RowMatch.class;
		}

	}

	/** Whether the row is in force on the legal date (SPEC 2.4 item 4). */
	public boolean appliesOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

	public String source() {
		return this.row.source().toString();
	}

	/**
	 * Reads a row, adding to {@code problems} what stops it from being explained. The
	 * validator checks much more; this is the floor below which the engine will not load
	 * a ruleset.
	 */
	public static CompiledRow of(RuleRow row, int order, List<RulesetProblem> problems) {
		String ruleId = row.ruleId();
		String where = row.source().toString();
		if (ruleId == null) {
			problems.add(RulesetProblem.error("MISSING_RULE_ID", where, "The row has no rule ID."));
		}
		boolean referral = row.table().isReferralTable();
		Outcome outcome = referral ? Outcome.REFER : parse(Outcome.class, row, "outcome", problems);
		Agency agency = referral ? parse(Agency.class, row, "agency", problems) : null;
		Urgency urgency = referral ? parse(Urgency.class, row, "urgency", problems) : null;
		String reasonId = required(row, "reasonId", problems);
		String reasonEn = required(row, "reasonEn", problems);
		String basis = required(row, "legalBasis", problems);
		LocalDate from = date(row, "validFrom", true, problems);
		LocalDate to = date(row, "validTo", false, problems);
		List<String> citations = (basis != null)
				? Arrays.stream(basis.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList() : List.of();
		List<Condition> conditions = new ArrayList<>();
		for (RuleColumn column : row.table().conditionColumns()) {
			String value = row.cell(column);
			if (value == null) {
				continue;
			}
			Class<?> type = FactCatalog.factType(column.patternType());
			List<String> ruleIds = (type == RowMatch.class)
					? Arrays.stream(value.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList()
					: List.of();
			conditions.add(new Condition(column, value, type, FactCatalog.readBy(column.code(), type), ruleIds));
		}
		return new CompiledRow(row, order, ruleId, tableName(row.table().file()), outcome, agency, urgency,
				new Reason(reasonId, reasonEn), citations, from, to, List.copyOf(conditions));
	}

	/** {@code departure.drl.xlsx} is the {@code departure} table. */
	static String tableName(String file) {
		int dot = file.indexOf('.');
		return (dot > 0) ? file.substring(0, dot) : file;
	}

	private static String required(RuleRow row, String key, List<RulesetProblem> problems) {
		String value = row.meta(key);
		if (value == null) {
			RuleColumn column = row.table().metaColumn(key);
			problems.add(RulesetProblem.error("MISSING_CELL", row.cellRef(column).toString(),
					"The row " + row.ruleId() + " has no " + ((column != null) ? column.captionEn() : key) + "."));
		}
		return value;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, RuleRow row, String key, List<RulesetProblem> problems) {
		String value = required(row, key, problems);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(RulesetProblem.error("UNKNOWN_VALUE", row.cellRef(row.table().metaColumn(key)).toString(),
					"'" + value + "' is not a " + key + "; allowed: " + Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	private static LocalDate date(RuleRow row, String key, boolean mandatory, List<RulesetProblem> problems) {
		String value = mandatory ? required(row, key, problems) : row.meta(key);
		if (value == null) {
			return null;
		}
		LocalDate date = Cells.date(value);
		if (date == null) {
			problems.add(RulesetProblem.error("NOT_A_DATE", row.cellRef(row.table().metaColumn(key)).toString(),
					"'" + value + "' is not a date; write it as YYYY-MM-DD."));
		}
		return date;
	}

}
