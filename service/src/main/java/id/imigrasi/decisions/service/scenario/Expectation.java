package id.imigrasi.decisions.service.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;

/**
 * What a scenario pack says the engine must decide (SPEC 7): more than the outcome.
 *
 * @param findings rule IDs that must be among the findings
 * @param notFindings rule IDs that must not fire
 * @param referrals exactly these agencies, no more, no fewer
 * @param urgency for some agencies, the urgency their referral must carry
 * @param citations citations (or instruments) that must appear in the legal bases
 * @param notCitations citations that must not appear (a citation replaced on a date must
 * be right in both directions, SPEC 2.6)
 */
public record Expectation(Outcome recommendation, List<String> findings, List<String> notFindings,
		Set<Agency> referrals, Map<Agency, Urgency> urgency, List<String> citations, List<String> notCitations) {

}
