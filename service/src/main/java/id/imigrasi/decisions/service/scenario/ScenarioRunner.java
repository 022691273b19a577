package id.imigrasi.decisions.service.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.service.decision.RequestReader;

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
		ScenarioLoader.Loaded loaded = load(start);
		List<ScenarioResult> results = new ArrayList<>();
		for (Scenario scenario : loaded.scenarios()) {
			results.add(run(scenario));
		}
		return new ScenarioRun(start.toString(), this.engine.ruleset().info(), List.copyOf(results),
				List.copyOf(loaded.problems()), Coverage.of(this.catalog, results));
	}

}
