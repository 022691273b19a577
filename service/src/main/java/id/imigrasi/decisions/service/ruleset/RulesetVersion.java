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
		List<Table> tables, List<String> scenarios, List<Activation> activations, boolean active) {

	/** A rule table of the version and how many rows it has. */
	public record Table(String file, String sheet, String table, int rows) {

		static List<Table> of(RulesetInfo info) {
			return info.tables().stream().map((t) -> new Table(t.file(), t.sheet(), t.table(), t.rows())).toList();
		}

	}

	/** One activation of a version. */
	public record Activation(String by, Instant at) {
	}

	RulesetVersion withActive(boolean isActive, List<Activation> history) {
		return new RulesetVersion(this.version, this.sha256, this.comment, this.uploadedBy, this.uploadedAt,
				this.tables, this.scenarios, history, isActive);
	}

}
