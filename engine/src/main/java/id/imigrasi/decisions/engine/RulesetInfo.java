package id.imigrasi.decisions.engine;

import java.util.List;

/**
 * Which rules evaluated a case: the version label and the SHA-256 over the workbooks, so
 * that any decision can be traced to the exact spreadsheets behind it.
 */
public record RulesetInfo(String version, String sha256, List<Table> tables) {

	/** A rule table and how many rows it has. */
	public record Table(String file, String sheet, String table, int rows) {
	}

	/** The identifying part alone, as each decision names it. */
	public Reference reference() {
		return new Reference(this.version, this.sha256);
	}

	/** Version and hash, as a decision carries them. */
	public record Reference(String version, String sha256) {
	}

}
