package id.imigrasi.decisions.engine;

import java.util.function.Consumer;

import id.imigrasi.decisions.engine.Cases.DepartureBuilder;
import id.imigrasi.decisions.engine.Cases.PassportBuilder;

/**
 * One decision-table row put to the test: a case that fires it and a near miss, the same
 * case changed in one fact, that does not.
 *
 * @param source the row's rule-ID cell
 * @param fires what the firing case is
 * @param misses the one fact the near miss changes
 * @param fact a fact the row must report among the facts it read, with its value
 */
record RowCase(String ruleId, String source, String fires, Object firing, String misses, Object nearMiss, String fact,
		Object value) {

	static RowCase passport(String ruleId, String source, String fires, Consumer<PassportBuilder> firing, String misses,
			Consumer<PassportBuilder> miss, String fact, Object value) {
		PassportBuilder builder = Cases.passport().with(firing);
		Object fired = builder.build();
		return new RowCase(ruleId, source, fires, fired, misses, builder.with(miss).build(), fact, value);
	}

	static RowCase departure(String ruleId, String source, String fires, Consumer<DepartureBuilder> firing,
			String misses, Consumer<DepartureBuilder> miss, String fact, Object value) {
		DepartureBuilder builder = Cases.departure().with(firing);
		Object fired = builder.build();
		return new RowCase(ruleId, source, fires, fired, misses, builder.with(miss).build(), fact, value);
	}

	@Override
	public String toString() {
		return this.ruleId + " (" + this.source.substring(this.source.lastIndexOf('!') + 1) + "): " + this.fires
				+ "; not when " + this.misses;
	}

}
