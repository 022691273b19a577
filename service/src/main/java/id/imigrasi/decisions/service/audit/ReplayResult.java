package id.imigrasi.decisions.service.audit;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A logged decision against the same facts evaluated again on the same ruleset version
 * (UU 27/2022 Pasal 10: the applicant who objects is shown how the recommendation came
 * about).
 *
 * @param identical no difference in recommendation, findings or referrals
 * @param original the decision as it was answered
 * @param replayed the decision evaluated now (its own decision ID)
 * @param outcome what the officer did with the original, if recorded
 */
public record ReplayResult(boolean identical, List<Difference> differences, JsonNode original, JsonNode replayed,
		OfficerOutcome outcome) {

	public ReplayResult withOutcome(OfficerOutcome recorded) {
		return new ReplayResult(this.identical, this.differences, this.original, this.replayed, recorded);
	}

	/**
	 * One aspect that differs, with both sides as compared.
	 *
	 * @param aspect {@code recommendation}, {@code findings} (rule ID, source, outcome)
	 * or {@code referrals} (agency, urgency, rule IDs)
	 */
	public record Difference(String aspect, JsonNode original, JsonNode replayed) {
	}

}
