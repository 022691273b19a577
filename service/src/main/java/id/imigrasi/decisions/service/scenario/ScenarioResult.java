package id.imigrasi.decisions.service.scenario;

import java.util.List;

import id.imigrasi.decisions.engine.Decision;

/** A scenario run: the engine's decision and every way it differs from the pack. */
public record ScenarioResult(Scenario scenario, Decision decision, List<Mismatch> mismatches) {

	public ScenarioResult {
		mismatches = List.copyOf(mismatches);
	}

	public boolean passed() {
		return this.mismatches.isEmpty();
	}

}
