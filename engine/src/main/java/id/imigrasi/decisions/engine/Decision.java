package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.List;

import id.imigrasi.decisions.model.Outcome;

/**
 * A reasoned recommendation for one case (SPEC 4). The engine recommends; an officer
 * decides, so {@link #advisory()} is always true (UU 27/2022 Pasal 10).
 */
public record Decision(String decisionId, String service, Outcome recommendation, boolean advisory, LocalDate legalDate,
		List<Finding> findings, List<Referral> referrals, RulesetInfo.Reference ruleset) {

}
