package id.imigrasi.decisions.engine.internal.properties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.PropertyResult;
import id.imigrasi.decisions.engine.Ruleset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the tables of main at 0e24d9e (kept as a fixture), the check reports what issue 13
 * found by hand: a minor who wants to work waved through or not referred at once
 * (P-MINOR), an IMMEDIATE police referral beside ALLOW and ISSUE (P-IMMEDIATE), and
 * DC-013 citing a key that names nothing before UU 18/2017 took effect (P-CITED); each
 * with a counterexample the engine, asked again, really decides that way.
 */
class TodaysTablesTest {

	private static Ruleset ruleset;

	private static PropertyReport report;

	@BeforeAll
	static void check() {
		ruleset = Tables.compile(Tables.of0e24d9e());
		report = id.imigrasi.decisions.engine.Properties.check(ruleset, Map.of(), Duration.ofSeconds(120));
	}

	@Test
	void shouldReportAMinorWhoWantsToWorkWavedThroughWithCasesThatReallyBreakIt() {
		assertThat(result("P-MINOR").status()).isEqualTo(PropertyResult.Status.VIOLATED);
		List<Counterexample> examples = result("P-MINOR").counterexamples();

		assertThat(examples).extracting(Counterexample::service)
			.containsExactlyInAnyOrder("passport-application", "departure");
		assertThat(examples)
			.allSatisfy((example) -> assertThat(Breaks.pMinor(ruleset, example)).as(example.scenarioYaml()).isTrue());
	}

	@Test
	void shouldReportAnImmediatePoliceReferralBesideAllowAndIssue() {
		assertThat(result("P-IMMEDIATE").status()).isEqualTo(PropertyResult.Status.VIOLATED);

		assertThat(result("P-IMMEDIATE").counterexamples()).hasSize(2)
			.allSatisfy(
					(example) -> assertThat(Breaks.pImmediate(ruleset, example)).as(example.scenarioYaml()).isTrue());
	}

	@Test
	void shouldReportAKeyThatNamesNoCitationWhileItsRowIsInForce() {
		Counterexample example = result("P-CITED").counterexamples().get(0);

		assertThat(example.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!Z21");
		assertThat(example.legalDate()).isBefore(java.time.LocalDate.of(2017, 11, 22));
		assertThat(example.summary().en()).contains("{MIGRANT_WORKER_PLACEMENT_BAN} names no citation");
		assertThat(Breaks.decide(ruleset, example).get(0).findings())
			.anySatisfy((f) -> assertThat(f.ruleId()).isEqualTo("DC-013"));
	}

	@Test
	void shouldFindTheOtherPropertiesHolding() {
		assertThat(List.of("P-FAIR", "P-MANDATORY", "P-MONOTONE"))
			.allSatisfy((id) -> assertThat(result(id).status()).as(id).isEqualTo(PropertyResult.Status.HOLDS));
		assertThat(report.problems()).extracting(Problem::code).containsOnly(ProblemCode.PROPERTY_VIOLATED);
		assertThat(report.cases()).isPositive();
		assertThat(report.combinations()).isGreaterThan(1e9);
	}

	@Test
	void shouldWriteEachCounterexampleAsAScenarioPackWithItsBilingualProblem() throws Exception {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
		for (Counterexample example : report.counterexamples()) {
			JsonNode scenario = yaml.readTree(example.scenarioYaml());
			JsonNode first = scenario.isArray() ? scenario.get(0) : scenario;
			assertThat(first.fieldNames()).toIterable()
				.containsExactly("id", "title", "story", "service", "request", "expect");
			assertThat(first.at("/expect/recommendation").asText()).isNotEmpty();
			assertThat(first.get("story").asText()).startsWith("Kasus terkecil");
		}
		assertThat(report.errors()).allSatisfy((p) -> {
			assertThat(p.message()).contains("The smallest case is written as a ready-to-run scenario.");
			assertThat(p.messageId()).contains("Kasus terkecil ditulis sebagai skenario yang siap dijalankan.");
		});
	}

	private static PropertyResult result(String id) {
		return report.results().stream().filter((r) -> r.id().equals(id)).findFirst().orElseThrow();
	}

}
