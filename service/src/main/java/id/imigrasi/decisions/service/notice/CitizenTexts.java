package id.imigrasi.decisions.service.notice;

import java.util.List;
import java.util.Optional;

import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * The citizen's reason and what lifts it, as policy staff wrote them on each row (SPEC
 * 6), looked up for a finding of a logged decision. The rows are those of the version the
 * decision was made under; when that version is no longer kept, those of the active
 * version with the same rule ID (a rule ID keeps its meaning, SPEC 5).
 */
record CitizenTexts(List<RulesetInfo.Row> rows, boolean ownVersion) {

	CitizenTexts {
		rows = List.copyOf(rows);
	}

	/**
	 * The row a finding came from: the same rule ID in the same cell, else (another
	 * version) the first row of that rule ID that has a citizen's reason.
	 */
	Optional<RulesetInfo.Row> row(String ruleId, String source) {
		Optional<RulesetInfo.Row> same = this.rows.stream()
			.filter((row) -> row.ruleId().equals(ruleId) && row.source().equals(source))
			.findFirst();
		if (same.isPresent() || this.ownVersion) {
			return same;
		}
		return this.rows.stream()
			.filter((row) -> row.ruleId().equals(ruleId) && row.citizenReason() != null)
			.findFirst();
	}

}
