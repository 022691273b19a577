package id.imigrasi.decisions.service.notice;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

/**
 * The citizen's reason and what lifts it, as policy staff wrote them on each row (SPEC
 * 6), looked up for a finding of a logged decision. The rows are those of the version the
 * decision was made under; when that version is no longer kept, those of the active
 * version with the same rule ID (a rule ID keeps its meaning, SPEC 5).
 */
record CitizenTexts(List<RulesetInfo.Row> rows, boolean ownVersion) {

	private static final Logger log = LoggerFactory.getLogger(CitizenTexts.class);

	CitizenTexts {
		rows = List.copyOf(rows);
	}

	/**
	 * The rows of the version a decision was made under, or of the active version when
	 * that one is not kept here (purged, or made by another service's upload).
	 */
	static CitizenTexts of(ActiveRuleset active, LoggedDecision logged) {
		RulesetInfo.Reference version = new RulesetInfo.Reference(logged.rulesetVersion(), logged.rulesetSha256());
		Optional<RulesetInfo> own = active.engineFor(version).map((engine) -> engine.ruleset().info());
		if (own.isEmpty()) {
			log.info("Ruleset {} of decision {} is not kept; its notice uses the active version's citizen texts",
					logged.rulesetVersion(), logged.decisionId());
		}
		return new CitizenTexts(own.orElseGet(() -> active.engine().ruleset().info()).rows(), own.isPresent());
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
