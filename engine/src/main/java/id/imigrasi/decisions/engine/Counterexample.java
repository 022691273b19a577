package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.List;

import id.imigrasi.decisions.model.request.CaseRequest;

/**
 * The smallest case found that breaks a property, run through the engine: one request, or
 * two for a property that compares cases (a counterfactual, a monotone property), with
 * the engine's decisions, and the same written as a scenario pack that runs as it is
 * (SPEC 7) with {@code expect} set to what the property requires.
 *
 * @param property the property's ID, e.g. {@code P-MINOR}
 * @param service {@code departure} or {@code passport-application}
 * @param location where to fix it: a row's cell when one row is at fault, else the
 * property
 * @param summary what breaks, in Bahasa Indonesia and English
 * @param scenarioYaml the case as a ready-to-run scenario pack
 */
public record Counterexample(String property, String service, LocalDate legalDate, String location, Reason summary,
		List<CaseRequest> requests, List<Decision> decisions, String scenarioYaml) {

	public Counterexample {
		requests = List.copyOf(requests);
		decisions = List.copyOf(decisions);
	}

}
