package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.function.Consumer;

import id.imigrasi.decisions.engine.Cases.DepartureBuilder;
import id.imigrasi.decisions.engine.Cases.PassportBuilder;

/**
 * One decision-table row put to the test: a case that fires it and a near miss, the same
 * case changed in one fact, that does not.
 *
 * @param alternative which row of the rule ID, from 1 in workbook order (most rules have
 * one row; alternatives are consecutive rows that share the ID)
 * @param fires what the firing case is
 * @param misses the one fact the near miss changes
 * @param fact a fact the row must report among the facts it read, with its value
 */
record RowCase(String ruleId, int alternative, String fires, Object firing, String misses, Object nearMiss, String fact,
		Object value) {

	static RowCase passport(String ruleId, int alternative, String fires, Consumer<PassportBuilder> firing,
			String misses, Consumer<PassportBuilder> miss, String fact, Object value) {
		PassportBuilder builder = Cases.passport().with(firing);
		Object fired = builder.build();
		return new RowCase(ruleId, alternative, fires, fired, misses, builder.with(miss).build(), fact, value);
	}

	static RowCase departure(String ruleId, int alternative, String fires, Consumer<DepartureBuilder> firing,
			String misses, Consumer<DepartureBuilder> miss, String fact, Object value) {
		DepartureBuilder builder = Cases.departure().with(firing);
		Object fired = builder.build();
		return new RowCase(ruleId, alternative, fires, fired, misses, builder.with(miss).build(), fact, value);
	}

	/**
	 * The row's rule-ID cell in a ruleset, {@code file!sheet!cell}, as findings name it.
	 */
	String source(RulesetInfo info) {
		List<RulesetInfo.Row> rows = info.rows().stream().filter((r) -> r.ruleId().equals(this.ruleId)).toList();
		if (this.alternative < 1 || this.alternative > rows.size()) {
			throw new IllegalArgumentException(
					this.ruleId + " has " + rows.size() + " row(s) in the ruleset, not " + this.alternative);
		}
		return rows.get(this.alternative - 1).source();
	}

	@Override
	public String toString() {
		return this.ruleId + " (row " + this.alternative + "): " + this.fires + "; not when " + this.misses;
	}

}
