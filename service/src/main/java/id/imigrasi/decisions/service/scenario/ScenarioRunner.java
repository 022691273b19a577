package id.imigrasi.decisions.service.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.service.contract.RequestReader;

/**
 * Loads scenario packs and runs each against one engine. Used by the trainers' command,
 * the HTML report and the build's JUnit tests alike.
 */
public final class ScenarioRunner {

	private final DecisionEngine engine;

	private final RuleCatalog catalog;

	private final ScenarioLoader loader;

	public ScenarioRunner(DecisionEngine engine) {
		this.engine = engine;
		this.catalog = RuleCatalog.of(engine.ruleset());
		this.loader = new ScenarioLoader(new RequestReader(Clock.system(DecisionEngine.JAKARTA)), this.catalog);
	}

	/** Loads every scenario below a folder (or in one file) without running them. */
	public ScenarioLoader.Loaded load(Path start) {
		return this.loader.load(start);
	}

	/** Runs one scenario that loaded cleanly. */
	public ScenarioResult run(Scenario scenario) {
		Decision decision = scenario.request().evaluate(this.engine);
		return new ScenarioResult(scenario, decision, ExpectationCheck.check(scenario.expect(), decision));
	}

	/** Loads and runs everything below a folder (or in one file). */
	public ScenarioRun runAll(Path start) {
		return run(start.toString(), load(start));
	}

	/**
	 * Loads and runs packs held in memory, keyed by their path under the packs' root:
	 * what a gate on a new ruleset needs (packs uploaded with it or shipped in the jar).
	 * @param source how the reports name where the packs came from
	 */
	public ScenarioRun runAll(String source, Map<String, byte[]> packs) {
		return run(source, this.loader.load(packs));
	}

	private ScenarioRun run(String source, ScenarioLoader.Loaded loaded) {
		List<ScenarioResult> results = new ArrayList<>();
		for (Scenario scenario : loaded.scenarios()) {
			results.add(run(scenario));
		}
		return new ScenarioRun(source, this.engine.ruleset().info(), List.copyOf(results),
				List.copyOf(loaded.problems()), Coverage.of(this.catalog, results));
	}

}
