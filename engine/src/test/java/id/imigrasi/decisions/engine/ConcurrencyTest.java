package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.model.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One engine serves many officers at once: each concurrent evaluation must get exactly
 * the answer a lone evaluation of the same case gets.
 */
class ConcurrencyTest {

	private static final int THREADS = 8;

	private static final int EVALUATIONS_PER_THREAD = 300;

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	/** What a decision says, without its random ID. */
	record Answer(Outcome recommendation, LocalDate legalDate, List<Finding> findings, List<Referral> referrals) {

		static Answer of(Decision decision) {
			return new Answer(decision.recommendation(), decision.legalDate(), decision.findings(),
					decision.referrals());
		}

	}

	@Test
	void shouldGiveEveryConcurrentEvaluationTheAnswerOfALoneEvaluation() throws Exception {
		List<Object> cases = Stream
			.of(PassportApplicationRowsTest.rows(), DepartureRowsTest.rows(), ReferralRowsTest.rows())
			.flatMap(List::stream)
			.flatMap((row) -> Stream.of(row.firing(), row.nearMiss()))
			.toList();
		List<Answer> expected = cases.stream().map((c) -> Answer.of(Explanations.evaluate(engine, c))).toList();
		assertThat(expected.stream().map(Answer::recommendation).distinct()).hasSizeGreaterThan(5);

		ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
		Set<String> decisionIds = ConcurrentHashMap.newKeySet();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Integer>> done = Stream.iterate(0, (t) -> t + 1).limit(THREADS).map((t) -> pool.submit(() -> {
				start.await();
				int evaluated = 0;
				for (int i = 0; i < EVALUATIONS_PER_THREAD; i++) {
					// Threads walk the cases with different
					// strides, so neighbours differ.
					int index = (t * 37 + i * (2 * t + 1)) % cases.size();
					Decision decision = Explanations.evaluate(engine, cases.get(index));
					decisionIds.add(decision.decisionId());
					if (!Answer.of(decision).equals(expected.get(index))) {
						wrong.add("case " + index + " on thread " + t + ": " + Explanations.ruleIds(decision));
					}
					evaluated++;
				}
				return evaluated;
			})).toList();
			start.countDown();
			int total = 0;
			for (Future<Integer> thread : done) {
				total += thread.get(5, TimeUnit.MINUTES);
			}

			assertThat(total).isEqualTo(THREADS * EVALUATIONS_PER_THREAD);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(wrong).isEmpty();
		assertThat(decisionIds).hasSize(THREADS * EVALUATIONS_PER_THREAD);
	}

}
