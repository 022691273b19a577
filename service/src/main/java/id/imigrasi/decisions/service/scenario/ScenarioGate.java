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
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.service.ruleset.ActivationCheck;
import id.imigrasi.decisions.service.ruleset.Upload;

/**
 * The trainers' scenario packs as a gate on a new ruleset: every scenario must pass on
 * the candidate before it may answer decisions. A failure comes back with its diff and
 * the candidate's explanation, as the trainers' command prints it.
 */
@Component
class ScenarioGate implements ActivationCheck {

	@Override
	public List<Problem> check(Ruleset candidate, Upload upload, Map<String, byte[]> gatingPacks) {
		List<Problem> problems = new ArrayList<>();
		if (gatingPacks.isEmpty()) {
			problems.add(Problem.warning(ProblemCode.NO_SCENARIOS, "scenario",
					"No scenario pack gates this version: its outcomes were not checked against any case.",
					"Tidak ada paket skenario yang menguji versi ini: hasilnya tidak diperiksa terhadap kasus apa pun."));
			return problems;
		}
		ScenarioRun run = new ScenarioRunner(new DecisionEngine(candidate)).runAll("upload", gatingPacks);
		for (ScenarioProblem problem : run.problems()) {
			String where = problem.file() + ":" + problem.line();
			problems.add(Problem.error(ProblemCode.SCENARIO_INVALID, where, problem.message(),
					"Skenario tidak dapat dibaca: " + problem.message()));
		}
		for (ScenarioResult result : run.results()) {
			if (!result.passed()) {
				Scenario scenario = result.scenario();
				String report = report(result);
				problems.add(Problem.error(ProblemCode.SCENARIO_FAILED,
						scenario.file() + ":" + scenario.line() + " " + scenario.id(), report,
						"Skenario " + scenario.id() + " gagal pada versi ini:\n" + report));
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
