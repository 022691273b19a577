package id.imigrasi.decisions.service.scenario;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.service.validation.ScenarioCoverage;

/**
 * The rule IDs the trainers' packs reach, for the validator's coverage warning. Rule IDs
 * are stable across edits (a new row gets a new ID), so the packs run on the built-in
 * tables: a row added in the edit is reported as reached by no scenario until a pack
 * reaches it.
 */
public final class PackCoverage implements ScenarioCoverage {

	@Override
	public Set<String> ruleIdsReached(Path scenarios) throws Exception {
		ScenarioRun run = new ScenarioRunner(new DecisionEngine(Ruleset.embedded())).runAll(scenarios);
		Set<String> reached = new TreeSet<>();
		for (ScenarioResult result : run.results()) {
			if (result.decision() != null) {
				result.decision().findings().stream().map(Finding::ruleId).forEach(reached::add);
			}
		}
		return reached;
	}

}
