package id.imigrasi.decisions.service.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.Referral;
import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * The answer to a decision request as callers receive it (SPEC 4). Mapped field by field
 * from the engine's {@link Decision}, so the engine may rename or add what it likes
 * without changing the API by accident: the wire shape changes only here.
 */
@Schema(name = "Decision", description = "A reasoned, advisory recommendation for one case (SPEC 4)")
public record DecisionAnswer(String decisionId, String service, String recommendation, boolean advisory,
		LocalDate legalDate, List<FindingAnswer> findings, List<ReferralAnswer> referrals, RulesetAnswer ruleset) {

	public static DecisionAnswer of(Decision decision) {
		return new DecisionAnswer(decision.decisionId(), decision.service(), decision.recommendation().name(),
				decision.advisory(), decision.legalDate(), decision.findings().stream().map(FindingAnswer::of).toList(),
				decision.referrals().stream().map(ReferralAnswer::of).toList(), RulesetAnswer.of(decision.ruleset()));
	}

	/** One row that matched (SPEC 2.4 item 1). */
	@Schema(name = "Finding")
	public record FindingAnswer(String ruleId, String table, String source, String outcome, String agency,
			String urgency, ReasonAnswer reason, List<CitationAnswer> legalBasis, Map<String, Object> facts,
			boolean decisive) {

		static FindingAnswer of(Finding finding) {
			return new FindingAnswer(finding.ruleId(), finding.table(), finding.source(), finding.outcome().name(),
					(finding.agency() != null) ? finding.agency().name() : null,
					(finding.urgency() != null) ? finding.urgency().name() : null, ReasonAnswer.of(finding.reason()),
					CitationAnswer.of(finding.legalBasis()), finding.facts(), finding.decisive());
		}

	}

	/** One agency the case is referred to, merged over every row (SPEC 2.4 item 3). */
	@Schema(name = "Referral")
	public record ReferralAnswer(String agency, String agencyName, String urgency, List<String> ruleIds,
			ReasonAnswer reason, List<RuleReasonAnswer> reasons, List<CitationAnswer> legalBasis) {

		static ReferralAnswer of(Referral referral) {
			return new ReferralAnswer(referral.agency().name(), referral.agencyName(), referral.urgency().name(),
					referral.ruleIds(), ReasonAnswer.of(referral.reason()),
					referral.reasons().stream().map((r) -> new RuleReasonAnswer(r.ruleId(), r.id(), r.en())).toList(),
					CitationAnswer.of(referral.legalBasis()));
		}

	}

	/** A reason in Bahasa Indonesia ({@code id}) and English. */
	@Schema(name = "Reason")
	public record ReasonAnswer(String id, String en) {

		static ReasonAnswer of(Reason reason) {
			return new ReasonAnswer(reason.id(), reason.en());
		}

	}

	/** One row's reason within a merged referral. */
	@Schema(name = "RuleReason")
	public record RuleReasonAnswer(String ruleId, String id, String en) {
	}

	/** A legal basis as it stood on the legal date. */
	@Schema(name = "Citation")
	public record CitationAnswer(String citation, String instrument) {

		static List<CitationAnswer> of(List<Citation> citations) {
			return citations.stream().map((c) -> new CitationAnswer(c.citation(), c.instrument())).toList();
		}

	}

	/** The ruleset version and the hash of its workbooks. */
	@Schema(name = "RulesetReference")
	public record RulesetAnswer(String version, String sha256) {

		public static RulesetAnswer of(RulesetInfo.Reference reference) {
			return new RulesetAnswer(reference.version(), reference.sha256());
		}

	}

}
