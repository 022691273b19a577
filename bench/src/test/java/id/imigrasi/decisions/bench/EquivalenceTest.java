package id.imigrasi.decisions.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compares like with like only if every implementation gives the engine's
 * answer on every case of the corpus: the hand-written baseline the same findings
 * (departure and referral rule IDs), the DMN peers the same departure rows and
 * recommendation.
 */
class EquivalenceTest {

	/**
	 * {@link CorpusDigest} of the engine's answers on the revision-2 freeze (the tables
	 * of issue 13, main at 3fd8489), taken with the engine of that commit. On the
	 * revision-1 freeze the digest was bbca192b..., taken before issue 18's speed work
	 * (main at 0e24d9e) and unchanged by it; that check lives in the history of this
	 * file.
	 */
	private static final String AT_THE_FREEZE = "34cb07a081cb0f58825ea1dbd62793d361ade06450b304f769e6d6d7a84ed1b3";

	private static List<Departure> corpus;

	private static List<Decision> engineDecisions;

	private static CountryLists lists;

	@BeforeAll
	static void evaluateCorpusWithEngine() throws Exception {
		Ruleset ruleset = FrozenTables.ruleset();
		DecisionEngine engine = new DecisionEngine(ruleset);
		lists = FrozenTables.countryLists(Corpus.CHECK_DATE);
		corpus = Corpus.standard();
		engineDecisions = new ArrayList<>(corpus.size());
		for (Departure departure : corpus) {
			engineDecisions.add(engine.evaluate(departure));
		}
	}

	/**
	 * A later engine change that alters no row changes nothing the engine answers: the
	 * digest of every answer on the whole corpus is the one taken when the tables were
	 * frozen. Twice over, so a reused session (issue 18's pooling) carries nothing from
	 * one case into the next.
	 */
	@Test
	void shouldAnswerTheWholeCorpusExactlyAsWhenFrozen() throws Exception {
		DecisionEngine engine = new DecisionEngine(FrozenTables.ruleset());
		List<Decision> again = new ArrayList<>(corpus.size());
		for (Departure departure : corpus) {
			again.add(engine.evaluate(departure));
		}

		assertThat(CorpusDigest.of(engineDecisions)).isEqualTo(AT_THE_FREEZE);
		assertThat(CorpusDigest.of(again)).isEqualTo(AT_THE_FREEZE);
		assertThat(engineDecisions.stream().map(Decision::decisionId).distinct().count()).isEqualTo(corpus.size());
	}

	@Test
	void shouldGenerateTheSameCorpusFromTheSameSeed() {
		assertThat(Corpus.generate(Corpus.SEED, 200)).isEqualTo(corpus.subList(0, 200));
	}

	@Test
	void shouldReachEveryDepartureRowWithAllowAsTheMajority() {
		Set<String> fired = new TreeSet<>();
		Map<Outcome, Integer> recommendations = new TreeMap<>();
		for (Decision decision : engineDecisions) {
			decision.findings().forEach((f) -> fired.add(f.ruleId()));
			recommendations.merge(decision.recommendation(), 1, Integer::sum);
		}
		// DC-016 is in force from 2025-09-04 only, after the check date; RF-003 follows
		// passport-application rows only.
		assertThat(fired).contains("DC-001", "DC-002", "DC-003", "DC-010", "DC-011", "DC-012", "DC-013", "DC-014",
				"DC-015", "DC-018", "DC-019", "DC-020", "DC-021", "DC-022", "RF-001", "RF-002", "RF-004", "RF-005",
				"RF-006", "RF-007", "RF-010", "RF-011", "RF-020", "RF-021", "RF-022", "RF-030", "RF-040", "RF-041");
		assertThat(recommendations.get(Outcome.ALLOW)).isGreaterThan(corpus.size() / 2);
		assertThat(recommendations).containsKeys(Outcome.REFUSE_EXIT, Outcome.DEFER, Outcome.SECONDARY_INSPECTION);
	}

	@Test
	void shouldFindExactlyTheEngineFindingsWhenHandWritten() {
		HandWrittenDeparture handWritten = new HandWrittenDeparture(lists);
		for (int i = 0; i < corpus.size(); i++) {
			Decision expected = engineDecisions.get(i);
			HandWrittenDeparture.Result actual = handWritten.evaluate(corpus.get(i));
			assertThat(new TreeSet<>(actual.ruleIds())).as(corpus.get(i).checkId()).isEqualTo(ruleIds(expected, null));
			assertThat(actual.recommendation()).as(corpus.get(i).checkId()).isEqualTo(expected.recommendation());
		}
	}

	/**
	 * Every 25th case only: Camunda's default FEEL engine takes milliseconds per case
	 * (see bench/RESULTS.md), too slow for the build. {@code Bench} checks it on the
	 * whole corpus before it measures anything.
	 */
	@Test
	void shouldRecommendAsTheEngineWithCamundaDefaultFeel() {
		assertPeerAgrees(new CamundaDeparture(false, lists)::evaluate, 25);
	}

	@Test
	void shouldRecommendAsTheEngineWithCamundaLegacyExpressions() {
		assertPeerAgrees(new CamundaDeparture(true, lists)::evaluate);
	}

	@Test
	void shouldRecommendAsTheEngineWithDroolsDmn() {
		assertPeerAgrees(new DroolsDmnDeparture(lists)::evaluate);
	}

	private static void assertPeerAgrees(Function<Departure, PeerResult> peer) {
		assertPeerAgrees(peer, 1);
	}

	private static void assertPeerAgrees(Function<Departure, PeerResult> peer, int step) {
		for (int i = 0; i < corpus.size(); i += step) {
			Decision expected = engineDecisions.get(i);
			PeerResult actual = peer.apply(corpus.get(i));
			assertThat(actual.recommendation()).as(corpus.get(i).checkId()).isEqualTo(expected.recommendation());
			assertThat(actual.ruleIds()).as(corpus.get(i).checkId()).isEqualTo(ruleIds(expected, "departure"));
		}
	}

	private static Set<String> ruleIds(Decision decision, String table) {
		return decision.findings()
			.stream()
			.filter((f) -> table == null || table.equals(f.table()))
			.map(Finding::ruleId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
