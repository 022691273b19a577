package id.imigrasi.decisions.service.oversight;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.service.audit.LogFixture;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.audit.OfficerOutcome;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The criteria statistics of a generated log whose overrides are known: three days of
 * decisions, each day the same mix, and one day outside the period asked for. The rates
 * come out as counted by hand, for every rule, for a rule the active tables no longer
 * have, and for all decisions; the Prometheus counters agree.
 */
class CriteriaStatisticsTest {

	private static final LocalDate FIRST = LocalDate.of(2025, 5, 19);

	private static final LocalDate LAST = FIRST.plusDays(2);

	@TempDir
	static Path folder;

	private static LogFixture log;

	private static CriteriaReport report;

	private static ActiveRuleset active;

	@BeforeAll
	static void generateALogWithKnownOverrides() throws Exception {
		log = LogFixture.open(folder);
		for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
			log.on(day);
			// 20 deferrals set by DC-012 (with a referral): 12 followed, 6 overridden on
			// new facts, 2 without an outcome.
			for (int i = 0; i < 20; i++) {
				LoggedDecision decision = log.decide(Outcome.DEFER, Map.of("DC-012", true, "RF-010", false));
				if (i < 12) {
					log.outcome(decision, followed("DEFER"));
				}
				else if (i < 18) {
					log.outcome(decision, overridden("ALLOW", OfficerOutcome.ReasonCode.NEW_FACTS));
				}
			}
			// 10 deferrals set by DC-010, DC-012 firing beside it: 5 followed, 4
			// overridden because the rule does not fit, 1 without an outcome.
			for (int i = 0; i < 10; i++) {
				LoggedDecision decision = log.decide(Outcome.DEFER, Map.of("DC-010", true, "DC-012", false));
				if (i < 5) {
					log.outcome(decision, followed("DEFER"));
				}
				else if (i < 9) {
					log.outcome(decision,
							overridden("SECONDARY_INSPECTION", OfficerOutcome.ReasonCode.RULE_DOES_NOT_FIT));
				}
			}
			// 10 clean ALLOWs: 8 followed, 2 deferred by a supervisor.
			for (int i = 0; i < 10; i++) {
				LoggedDecision decision = log.decide(Outcome.ALLOW, Map.of());
				log.outcome(decision, (i < 8) ? followed("ALLOW")
						: overridden("DEFER", OfficerOutcome.ReasonCode.SUPERVISOR_DECISION));
			}
			// One deferral by a rule the active tables no longer have, overridden.
			log.outcome(log.decide(Outcome.DEFER, Map.of("XX-900", true)),
					overridden("ALLOW", OfficerOutcome.ReasonCode.DATA_ERROR));
		}
		// Outside the period: must not count.
		log.on(LAST.plusDays(4));
		for (int i = 0; i < 5; i++) {
			log.outcome(log.decide(Outcome.DEFER, Map.of("DC-012", true)),
					overridden("ALLOW", OfficerOutcome.ReasonCode.OTHER));
		}
		active = new ActiveRuleset(Clock.system(DecisionEngine.JAKARTA));
		report = new CriteriaStatistics(log.rollup(), active).between(FIRST, LAST);
	}

	@AfterAll
	static void close() throws InterruptedException {
		log.close();
	}

	@Test
	void shouldCountHitsOutcomesAndOverridesOfTheDecidingRule() {
		CriteriaReport.Criterion dc012 = criterion("DC-012");

		assertThat(dc012.inActiveRuleset()).isTrue();
		assertThat(dc012.table()).isEqualTo("departure");
		assertThat(dc012.source()).startsWith("departure.drl.xlsx!");
		assertThat(new long[] { dc012.hits(), dc012.decisiveHits(), dc012.outcomesRecorded(), dc012.followed(),
				dc012.overridden(), dc012.decisiveOverridden() })
			.containsExactly(90, 60, 81, 51, 30, 18);
		assertThat(dc012.overrideRate()).isCloseTo(30.0 / 81, within(1e-9));
		assertThat(dc012.overridesByReason()).containsExactly(Map.entry("NEW_FACTS", 18L),
				Map.entry("DOCUMENTS_PRODUCED", 0L), Map.entry("SUPERVISOR_DECISION", 0L),
				Map.entry("RULE_DOES_NOT_FIT", 12L), Map.entry("DATA_ERROR", 0L), Map.entry("OTHER", 0L));
	}

	@Test
	void shouldCountARuleThatNeverSetsTheRecommendationAndOneThatDidNotFire() {
		CriteriaReport.Criterion dc010 = criterion("DC-010");
		CriteriaReport.Criterion rf010 = criterion("RF-010");
		CriteriaReport.Criterion dc001 = criterion("DC-001");

		assertThat(dc010.overrideRate()).isCloseTo(12.0 / 27, within(1e-9));
		assertThat(dc010.decisiveOverridden()).isEqualTo(12);
		assertThat(new long[] { rf010.hits(), rf010.decisiveHits(), rf010.outcomesRecorded(), rf010.overridden(),
				rf010.decisiveOverridden() })
			.containsExactly(60, 0, 54, 18, 0);
		assertThat(rf010.overrideRate()).isCloseTo(18.0 / 54, within(1e-9));
		assertThat(dc001.hits()).isZero();
		assertThat(dc001.overrideRate()).isNull();
	}

	@Test
	void shouldListTheActiveRowsInWorkbookOrderThenRulesOnlyTheLogKnows() {
		CriteriaReport.Criterion retired = criterion("XX-900");

		assertThat(report.criteria().get(report.criteria().size() - 1)).isEqualTo(retired);
		assertThat(retired.inActiveRuleset()).isFalse();
		assertThat(retired.source()).isNull();
		assertThat(retired.overrideRate()).isEqualTo(1.0);
		assertThat(retired.overridesByReason()).containsEntry("DATA_ERROR", 3L);
		assertThat(report.criteria()).filteredOn(CriteriaReport.Criterion::inActiveRuleset)
			.extracting(CriteriaReport.Criterion::ruleId)
			.containsExactlyElementsOf(
					active.engine().ruleset().info().rows().stream().map(RulesetInfo.Row::ruleId).distinct().toList());
		assertThat(report.ruleset().version()).startsWith("builtin-");
	}

	@Test
	void shouldTotalEveryDecisionOfThePeriodWithOrWithoutAFinding() {
		CriteriaReport.Totals totals = report.totals();

		assertThat(new long[] { totals.decisions(), totals.outcomesRecorded(), totals.followed(), totals.overridden() })
			.containsExactly(123, 114, 75, 39);
		assertThat(totals.overrideRate()).isCloseTo(39.0 / 114, within(1e-9));
		assertThat(totals.overridesByReason()).containsEntry("SUPERVISOR_DECISION", 6L)
			.containsEntry("NEW_FACTS", 18L)
			.containsEntry("RULE_DOES_NOT_FIT", 12L)
			.containsEntry("DATA_ERROR", 3L)
			.containsEntry("OTHER", 0L);
	}

	@Test
	void shouldCountTheSameAsPrometheusCountersByRuleId() {
		// The counters are not limited to a period: they include the five decisions
		// outside it.
		assertThat(log.registry()
			.get("decisions.rule.hits")
			.tags("rule_id", "DC-012", "decisive", "true")
			.counter()
			.count()).isEqualTo(65);
		assertThat(log.registry()
			.get("decisions.rule.outcomes")
			.tags("rule_id", "DC-012", "action", "OVERRIDDEN", "reason", "NEW_FACTS")
			.counter()
			.count()).isEqualTo(18);
		assertThat(log.registry()
			.get("decisions.rule.outcomes")
			.tags("rule_id", "RF-010", "action", "FOLLOWED", "reason", "NONE")
			.counter()
			.count()).isEqualTo(36);
	}

	private static CriteriaReport.Criterion criterion(String ruleId) {
		return report.criteria()
			.stream()
			.filter((c) -> c.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + ruleId));
	}

	private static OfficerOutcome followed(String finalDecision) {
		return new OfficerOutcome(OfficerOutcome.Action.FOLLOWED, finalDecision, null, "officer-1", null, null);
	}

	private static OfficerOutcome overridden(String finalDecision, OfficerOutcome.ReasonCode reason) {
		return new OfficerOutcome(OfficerOutcome.Action.OVERRIDDEN, finalDecision, reason, "officer-1", null, null);
	}

}
