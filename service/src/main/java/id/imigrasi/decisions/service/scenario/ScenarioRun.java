package id.imigrasi.decisions.service.scenario;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * Everything one run found: the results of the scenarios that could run, the problems of
 * those that could not, and the row coverage.
 */
public record ScenarioRun(String source, RulesetInfo ruleset, List<ScenarioResult> results,
		List<ScenarioProblem> problems, Coverage coverage) {

	public long passedCount() {
		return this.results.stream().filter(ScenarioResult::passed).count();
	}

	public long failedCount() {
		return this.results.size() - passedCount();
	}

	/** Passed only if every scenario passed and no file had a problem. */
	public boolean passed() {
		return failedCount() == 0 && this.problems.isEmpty() && !this.results.isEmpty();
	}

	/** Scenario counts per topic folder, in folder order. */
	public Map<String, Integer> countsByFolder() {
		Map<String, Integer> counts = new TreeMap<>();
		this.results.forEach((result) -> counts.merge(result.scenario().folder(), 1, Integer::sum));
		return counts;
	}

}
