package id.imigrasi.decisions.service.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * The rows of a ruleset as the runner needs them: which rule IDs exist, which table each
 * belongs to, and every row for the coverage table (one rule ID may have several
 * alternative rows, and each must be reached).
 */
public final class RuleCatalog {

	/** The table whose rows refer cases to agencies; both services use it. */
	static final String REFERRAL = "referral";

	private final List<Row> rows;

	private final Map<String, String> tableById = new LinkedHashMap<>();

	/**
	 * One decision-table row.
	 *
	 * @param source its rule-ID cell, as findings name it
	 */
	public record Row(String ruleId, String table, String source, String outcome, String reasonId) {
	}

	private RuleCatalog(List<Row> rows) {
		this.rows = List.copyOf(rows);
		for (Row row : rows) {
			this.tableById.putIfAbsent(row.ruleId(), row.table());
		}
	}

	static RuleCatalog of(Ruleset ruleset) {
		List<Row> rows = new ArrayList<>();
		for (RulesetInfo.Row row : ruleset.info().rows()) {
			String outcome = (row.agency() != null) ? row.agency() + " " + row.urgency() : row.outcome().name();
			rows.add(new Row(row.ruleId(), row.table(), row.source(), outcome, row.reason().id()));
		}
		return new RuleCatalog(rows);
	}

	List<Row> rows() {
		return this.rows;
	}

	List<String> ids() {
		return new ArrayList<>(this.tableById.keySet());
	}

	/** The table a rule ID belongs to, or null if no row has it. */
	String tableOf(String ruleId) {
		return this.tableById.get(ruleId);
	}

}
