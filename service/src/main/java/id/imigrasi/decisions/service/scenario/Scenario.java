package id.imigrasi.decisions.service.scenario;

import java.nio.file.Path;

import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.ReadResult;

/**
 * One worked case from a pack: the story a trainer tells, the request an officer's system
 * would send, and what the law says should come of it.
 *
 * @param folder the topic folder relative to the folder the run started from ("." for its
 * root)
 * @param line the line where the scenario starts in its file
 * @param request the request as the API's strict reader read it (always valid here)
 */
public record Scenario(String id, String title, String story, DecisionService service, ReadResult request,
		Expectation expect, Path file, int line, String folder) {

	/** How a test runner or a report names the scenario. */
	public String displayName() {
		return this.id + " \u2014 " + this.title;
	}

}
