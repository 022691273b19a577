package id.imigrasi.decisions.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
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

	/** The row as the engine's public types describe it. */
	RulesetInfo.Row describe() {
		List<RulesetInfo.Condition> cells = this.conditions.stream()
			.map((c) -> new RulesetInfo.Condition(this.row.cellRef(c.column()).toString(), c.column().captionId(),
					c.column().captionEn(), c.value()))
			.toList();
		return new RulesetInfo.Row(this.ruleId, this.table, source(), this.outcome, this.agency, this.urgency,
				this.reason, this.legalBasis, this.validFrom, this.validTo, this.row.meta("owner"),
				Cells.date(this.row.meta("reviewBy")), reason("citizenReasonId", "citizenReasonEn"),
				reason("citizenLiftId", "citizenLiftEn"), cells);
	}

	/** A pair of bilingual cells, or null when the row fills neither. */
	private Reason reason(String idKey, String enKey) {
		String id = this.row.meta(idKey);
		String en = this.row.meta(enKey);
		return (id == null && en == null) ? null : new Reason(id, en);
	}

	/**
	 * Reads a row of a validated table (the validator has refused any row with a missing
	 * or malformed cell before this is reached).
	 */
	static CompiledRow of(RuleRow row, int order) {
		boolean referral = row.table().isReferralTable();
		String basis = row.meta("legalBasis");
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
		return new CompiledRow(row, order, row.ruleId(), tableName(row.table().file()),
				referral ? Outcome.REFER : Outcome.valueOf(row.meta("outcome")),
				referral ? Agency.valueOf(row.meta("agency")) : null,
				referral ? Urgency.valueOf(row.meta("urgency")) : null,
				new Reason(row.meta("reasonId"), row.meta("reasonEn")), citations, Cells.date(row.meta("validFrom")),
				Cells.date(row.meta("validTo")), List.copyOf(conditions));
	}

	/** {@code departure.drl.xlsx} is the {@code departure} table. */
	static String tableName(String file) {
		int dot = file.indexOf('.');
		return (dot > 0) ? file.substring(0, dot) : file;
	}

}
