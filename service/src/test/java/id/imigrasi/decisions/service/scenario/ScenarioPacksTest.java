package id.imigrasi.decisions.service.scenario;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every scenario of the trainers' packs as its own test in the build, named by its id and
 * title; a failure prints the same differences and explanation the trainers see.
 */
class ScenarioPacksTest {

	private static final ScenarioRunner RUNNER = new ScenarioRunner(TestFolders.engine());

	@TestFactory
	Stream<DynamicTest> everyScenarioDecidesAsItsPackExpects() {
		ScenarioLoader.Loaded loaded = RUNNER.load(TestFolders.packs());
		List<DynamicTest> tests = new ArrayList<>();
		for (ScenarioProblem problem : loaded.problems()) {
			tests.add(DynamicTest.dynamicTest("Bad scenario file " + problem.file().getFileName(),
					() -> fail(problem.toString())));
		}
		for (Scenario scenario : loaded.scenarios()) {
			tests.add(DynamicTest.dynamicTest(scenario.displayName(), scenario.file().toUri(), () -> {
				ScenarioResult result = RUNNER.run(scenario);
				if (!result.passed()) {
					fail(describe(result));
				}
			}));
		}
		return tests.stream();
	}

	@Test
	void shouldReachEveryDecisionTableRowWithAtLeastSixtyScenarios() {
		ScenarioRun run = RUNNER.runAll(TestFolders.packs());

		assertThat(run.problems()).isEmpty();
		assertThat(run.results()).hasSizeGreaterThanOrEqualTo(60);
		assertThat(run.coverage().unreached()).extracting((row) -> row.row().ruleId() + "@" + row.row().source())
			.isEmpty();
		assertThat(run.coverage().percent()).isEqualTo(100);
		assertThat(run.countsByFolder().keySet()).anyMatch((folder) -> folder.startsWith("passport-counter"))
			.anyMatch((folder) -> folder.startsWith("exit-check"))
			.anyMatch((folder) -> folder.startsWith("trafficking-referrals"))
			.anyMatch((folder) -> folder.startsWith("documents-minors"))
			.anyMatch((folder) -> folder.startsWith("dates-law"));
	}

	@Test
	void shouldIncludeCasesThatEndInIssueAndInAllow() {
		ScenarioRun run = RUNNER.runAll(TestFolders.packs());

		assertThat(run.results()).extracting((result) -> result.decision().recommendation().name())
			.contains("ISSUE", "ALLOW", "REFUSE", "SUSPEND", "IN_DEPTH_INTERVIEW", "REQUEST_DOCUMENTS", "REFUSE_EXIT",
					"DEFER", "SECONDARY_INSPECTION");
	}

	private static String describe(ScenarioResult result) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		TextReport.printResult(result, new PrintStream(buffer, true, StandardCharsets.UTF_8));
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
