package id.imigrasi.decisions.service.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;
import id.imigrasi.decisions.service.contract.RequestReaderTest;
import id.imigrasi.decisions.service.scenario.ScenarioRun;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case saved from the console is a scenario pack the trainers' runner reads as it reads
 * theirs, and it passes on the rules that decided it: from a story to a passing scenario
 * without writing YAML.
 */
class ScenarioYamlTest {

	@Test
	void shouldSaveACaseAsAPackThatPassesOnTheRulesThatDecidedIt() throws Exception {
		ObjectNode request = RequestReaderTest.example("departure");
		DecisionEngine engine = new DecisionEngine(Ruleset.embedded());
		ReadResult read = new RequestReader(Clock.system(DecisionEngine.JAKARTA)).read(DecisionService.DEPARTURE,
				request);
		Decision decision = read.evaluate(engine);

		String yaml = ScenarioYaml.write("KONSOL-DEP-1", "Calon PMI berkedok umrah harus ditunda",
				"Perempuan 24 tahun; tiket dibelikan sponsor.\nIa mengaku akan bekerja.", DecisionService.DEPARTURE,
				request, decision);
		ScenarioRun run = new ScenarioRunner(engine).runAll("console",
				Map.of("KONSOL-DEP-1.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

		assertThat(run.problems()).isEmpty();
		assertThat(run.results()).singleElement().satisfies((result) -> {
			assertThat(result.passed()).as(yaml).isTrue();
			assertThat(result.scenario().request().request().person().nik()).isEqualTo("3212015505010002");
		});
		assertThat(yaml).contains("recommendation: DEFER")
			.contains("POLRI: IMMEDIATE")
			.contains("nik: \"3212015505010002\"");
	}

	@Test
	void shouldNameTheFileAfterTheScenarioInPlainCharacters() {
		assertThat(ScenarioYaml.fileName("KONSOL DEP/1")).isEqualTo("KONSOL-DEP-1.yaml");
		assertThat(ScenarioYaml.fileName("../..")).isEqualTo("skenario.yaml");
	}

}
