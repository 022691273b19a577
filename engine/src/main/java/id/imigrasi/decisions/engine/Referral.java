package id.imigrasi.decisions.engine;

import java.util.List;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Urgency;

/**
 * A referral to one agency, merged from every row that referred the case there (SPEC 2.4
 * item 3): all their rule IDs and reasons, the highest urgency, and the agency's name on
 * the legal date.
 *
 * @param reason the reasons of all rows, joined, for an officer to read out
 * @param reasons each row's reason with its rule ID
 */
public record Referral(Agency agency, String agencyName, Urgency urgency, List<String> ruleIds, Reason reason,
		List<RuleReason> reasons, List<Citation> legalBasis) {

	/** One row's reason within a merged referral. */
	public record RuleReason(String ruleId, String id, String en) {
	}

}
