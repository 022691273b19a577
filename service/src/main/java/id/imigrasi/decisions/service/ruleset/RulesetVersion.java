package id.imigrasi.decisions.service.ruleset;

import java.time.Instant;
import java.util.List;

import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * A kept version of the decision tables: its label, the SHA-256 over its workbooks, who
 * uploaded it, when and why, and its activations (who made it active, when).
 *
 * @param active whether it answers decisions now
 */
public record RulesetVersion(String version, String sha256, String comment, String uploadedBy, Instant uploadedAt,
		List<RulesetInfo.Table> tables, List<String> scenarios, List<Activation> activations, boolean active) {

	/** One activation of a version. */
	public record Activation(String by, Instant at) {
	}

	RulesetVersion withActive(boolean isActive, List<Activation> history) {
		return new RulesetVersion(this.version, this.sha256, this.comment, this.uploadedBy, this.uploadedAt,
				this.tables, this.scenarios, history, isActive);
	}

}
