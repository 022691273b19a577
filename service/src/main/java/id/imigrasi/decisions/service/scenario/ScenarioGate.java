package id.imigrasi.decisions.service.scenario;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetProblem;
import id.imigrasi.decisions.service.ruleset.ActivationCheck;

/**
 * The trainers' scenario packs as a gate on a new ruleset: every scenario must pass on
 * the candidate before it may answer decisions. A failure comes back with its diff and
 * the candidate's explanation, as the trainers' command prints it.
 */
@Component
class ScenarioGate implements ActivationCheck {

	@Override
	public List<RulesetProblem> check(Ruleset candidate, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios) {
		List<RulesetProblem> problems = new ArrayList<>();
		if (scenarios.isEmpty()) {
			problems.add(RulesetProblem.warning("NO_SCENARIOS", "scenario",
					"No scenario pack gates this version: its outcomes were not checked against any case."));
			return problems;
		}
		ScenarioRun run = new ScenarioRunner(new DecisionEngine(candidate)).runAll("upload", scenarios);
		for (ScenarioProblem problem : run.problems()) {
			problems.add(
					RulesetProblem.error("SCENARIO_INVALID", problem.file() + ":" + problem.line(), problem.message()));
		}
		for (ScenarioResult result : run.results()) {
			if (!result.passed()) {
				Scenario scenario = result.scenario();
				problems.add(RulesetProblem.error("SCENARIO_FAILED",
						scenario.file() + ":" + scenario.line() + " " + scenario.id(), report(result)));
			}
		}
		return problems;
	}

	private static String report(ScenarioResult result) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
			TextReport.printResult(result, out);
		}
		return text.toString(StandardCharsets.UTF_8).strip();
	}

}
