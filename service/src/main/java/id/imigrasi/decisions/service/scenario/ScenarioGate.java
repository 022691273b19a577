package id.imigrasi.decisions.service.scenario;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.service.ruleset.ActivationCheck;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.ruleset.Upload;

/**
 * The trainers' scenario packs as a gate on a new ruleset: every scenario must pass on
 * the candidate before it may answer decisions. A failure comes back with its diff and
 * the candidate's explanation, as the trainers' command prints it. And every row that is
 * new or changed against the active version (same rule ID, same cells) must be reached by
 * some scenario, unless the upload says {@code allowUncovered=true} with a comment.
 */
@Component
class ScenarioGate implements ActivationCheck {

	private final ActiveRuleset active;

	ScenarioGate(ActiveRuleset active) {
		this.active = active;
	}

	@Override
	public List<Problem> check(Ruleset candidate, Upload upload, Map<String, byte[]> gatingPacks) {
		List<Problem> problems = new ArrayList<>();
		if (gatingPacks.isEmpty()) {
			problems.add(Problem.warning(ProblemCode.NO_SCENARIOS, "scenario",
					"No scenario pack gates this version: its outcomes were not checked against any case.",
					"Tidak ada paket skenario yang menguji versi ini: hasilnya tidak diperiksa terhadap kasus apa pun."));
			problems.addAll(uncovered(candidate, upload, Set.of()));
			return problems;
		}
		ScenarioRun run = new ScenarioRunner(new DecisionEngine(candidate)).runAll("upload", gatingPacks);
		for (ScenarioProblem problem : run.problems()) {
			String where = problem.file() + ":" + problem.line();
			problems.add(Problem.error(ProblemCode.SCENARIO_INVALID, where, problem.message(),
					"Skenario tidak dapat dibaca: " + problem.message()));
		}
		Set<String> reached = new HashSet<>();
		for (ScenarioResult result : run.results()) {
			result.decision().findings().forEach((finding) -> reached.add(finding.source()));
		}
		problems.addAll(uncovered(candidate, upload, reached));
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

	/**
	 * Rows of the candidate that the active version does not have with the same rule ID
	 * and cells, and that no gating scenario reaches.
	 */
	private List<Problem> uncovered(Ruleset candidate, Upload upload, Set<String> reached) {
		Set<String> unchanged = new HashSet<>();
		this.active.engine().ruleset().info().rows().forEach((row) -> unchanged.add(contents(row)));
		List<Problem> problems = new ArrayList<>();
		for (RulesetInfo.Row row : candidate.info().rows()) {
			if (unchanged.contains(contents(row)) || reached.contains(row.source())) {
				continue;
			}
			String[] at = row.source().split("!", 3);
			if (upload.allowUncovered()) {
				problems.add(new Problem(Problem.Severity.WARNING, ProblemCode.NOT_COVERED, at[0], at[1], at[2],
						"Row " + row.ruleId() + " is new or changed and no scenario reaches it; allowed by the upload ("
								+ "allowUncovered).",
						"Baris " + row.ruleId()
								+ " baru atau berubah dan tidak dicapai skenario mana pun; diizinkan oleh unggahan (allowUncovered)."));
			}
			else {
				problems.add(new Problem(Problem.Severity.ERROR, ProblemCode.UNCOVERED_CHANGE, at[0], at[1], at[2],
						"Row " + row.ruleId()
								+ " is new or changed and no scenario reaches it: upload a scenario that does ('scenario' part), or upload with allowUncovered=true and a comment saying why.",
						"Baris " + row.ruleId()
								+ " baru atau berubah dan tidak dicapai skenario mana pun: unggah skenario yang mencapainya (bagian 'scenario'), atau unggah dengan allowUncovered=true dan komentar yang menjelaskan alasannya."));
			}
		}
		return problems;
	}

	/** A row by its rule ID and what its cells say, wherever it stands in the sheet. */
	static String contents(RulesetInfo.Row row) {
		StringBuilder text = new StringBuilder();
		text.append(row.ruleId())
			.append('|')
			.append(row.table())
			.append('|')
			.append(row.outcome())
			.append('|')
			.append(row.agency())
			.append('|')
			.append(row.urgency())
			.append('|')
			.append(row.reason())
			.append('|')
			.append(row.legalBasis())
			.append('|')
			.append(row.validFrom())
			.append('|')
			.append(row.validTo())
			.append('|')
			.append(row.owner())
			.append('|')
			.append(row.reviewBy())
			.append('|')
			.append(row.citizenReason())
			.append('|')
			.append(row.citizenLift());
		new TreeSet<>(row.conditions().stream().map((c) -> c.captionEn() + "=" + c.value()).toList())
			.forEach((c) -> text.append('|').append(c));
		return text.toString();
	}

	private static String report(ScenarioResult result) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
			TextReport.printResult(result, out);
		}
		return text.toString(StandardCharsets.UTF_8).strip();
	}

}
