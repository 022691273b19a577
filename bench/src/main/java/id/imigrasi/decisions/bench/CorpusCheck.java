package id.imigrasi.decisions.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.Outcome;

/**
 * Before anything is timed: every implementation must answer the engine's answer on every
 * case of the corpus (the hand-written baseline the same findings, departure and referral
 * rule IDs; the DMN peers the same departure rows and recommendation). A mismatch stops
 * the run: a number for a different answer is not a comparison.
 */
final class CorpusCheck {

	private CorpusCheck() {
	}

	static void run(Report report, Ruleset ruleset, List<Departure> corpus) {
		DecisionEngine engine = new DecisionEngine(ruleset);
		CountryLists lists = FrozenTables.countryLists(Corpus.CHECK_DATE);
		long t = System.nanoTime();
		List<Decision> expected = corpus.stream().map(engine::evaluate).toList();
		double engineSeconds = (System.nanoTime() - t) / 1e9;
		Map<Outcome, Integer> mix = new TreeMap<>();
		Set<String> reached = new TreeSet<>();
		expected.forEach((d) -> {
			mix.merge(d.recommendation(), 1, Integer::sum);
			d.findings().forEach((f) -> reached.add(f.ruleId()));
		});
		report.line("Corpus: %,d departures from seed %d, check date %s. Recommendations: %s.", corpus.size(),
				Corpus.SEED, Corpus.CHECK_DATE, mix);
		report.line("Rows reached: %s.", reached);
		report.line("");
		report.line("| implementation | cases identical to the engine | first pass over the corpus (cold), s |");
		report.line("|---|---:|---:|");
		report.line("| engine (reference) | %,d | %.1f |", corpus.size(), engineSeconds);
		HandWrittenDeparture handWritten = new HandWrittenDeparture(lists);
		check(report, "hand-written (findings: DC and RF rule IDs)", corpus, expected, (d) -> {
			HandWrittenDeparture.Result r = handWritten.evaluate(d);
			return new PeerResult(r.recommendation(), new TreeSet<>(r.ruleIds()));
		}, null);
		check(report, "Camunda 7.24, default FEEL", corpus, expected, new CamundaDeparture(false, lists)::evaluate,
				"departure");
		check(report, "Camunda 7.24, legacy expressions", corpus, expected, new CamundaDeparture(true, lists)::evaluate,
				"departure");
		check(report, "Drools DMN 10.2", corpus, expected, new DroolsDmnDeparture(lists)::evaluate, "departure");
	}

	private static void check(Report report, String name, List<Departure> corpus, List<Decision> expected,
			Function<Departure, PeerResult> implementation, String table) {
		long t = System.nanoTime();
		int identical = 0;
		String firstMismatch = null;
		for (int i = 0; i < corpus.size(); i++) {
			PeerResult actual = implementation.apply(corpus.get(i));
			Decision want = expected.get(i);
			Set<String> wantIds = new TreeSet<>();
			for (Finding f : want.findings()) {
				if (table == null || table.equals(f.table())) {
					wantIds.add(f.ruleId());
				}
			}
			if (actual.recommendation() == want.recommendation() && actual.ruleIds().equals(wantIds)) {
				identical++;
			}
			else if (firstMismatch == null) {
				firstMismatch = corpus.get(i).checkId() + ": expected " + want.recommendation() + " " + wantIds
						+ ", got " + actual;
			}
		}
		report.line("| %s | %,d | %.1f |", name, identical, (System.nanoTime() - t) / 1e9);
		if (firstMismatch != null) {
			throw new IllegalStateException(name + " differs from the engine, e.g. " + firstMismatch);
		}
	}

}
