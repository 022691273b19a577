package id.imigrasi.decisions.service.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import id.imigrasi.decisions.service.audit.CriteriaRollup;

/**
 * The statistics of every criterion over a period, as {@code GET /api/v1/criteria}
 * answers them.
 *
 * @param from first day of decision (Asia/Jakarta), inclusive
 * @param to last day of decision, inclusive
 * @param ruleset the active version, whose rows give owner, review-by date and source
 * @param totals every decision of the period, with or without a finding
 */
@Schema(name = "CriteriaStatistics")
public record CriteriaReport(LocalDate from, LocalDate to, Version ruleset, Totals totals, List<Criterion> criteria) {

	public record Version(String version, String sha256) {
	}

	/**
	 * One criterion (rule ID).
	 *
	 * @param source the rule-ID cell of its first row in the active version; null for a
	 * rule the active version no longer has
	 * @param inActiveRuleset false for a rule ID only the log knows (retired or renamed)
	 * @param hits decisions in which it fired
	 * @param decisiveHits decisions whose recommendation it set
	 * @param outcomesRecorded decisions it fired in whose outcome an officer recorded
	 * @param followed of those, recommendations the officer followed
	 * @param overridden of those, recommendations the officer overrode
	 * @param overrideRate overridden / outcomesRecorded; null while none is recorded
	 * @param overridesByReason overridden decisions by the officer's reason code
	 * @param decisiveOverridden overridden decisions whose recommendation this criterion
	 * set: the overrides that disagree with it most directly
	 */
	@Schema(name = "Criterion")
	public record Criterion(String ruleId, String table, String source, String owner, LocalDate reviewBy,
			boolean inActiveRuleset, long hits, long decisiveHits, long outcomesRecorded, long followed,
			long overridden, Double overrideRate, Map<String, Long> overridesByReason, long decisiveOverridden) {

		static Criterion of(String ruleId, String table, String source, String owner, LocalDate reviewBy,
				boolean active, CriteriaRollup.RuleCounts counts) {
			if (counts == null) {
				return new Criterion(ruleId, table, source, owner, reviewBy, active, 0, 0, 0, 0, 0, null,
						CriteriaStatistics.byReason(Map.of()), 0);
			}
			return new Criterion(ruleId, table, source, owner, reviewBy, active, counts.hits(), counts.decisiveHits(),
					counts.outcomes(), counts.followed(), counts.overridden(),
					rate(counts.overridden(), counts.outcomes()),
					CriteriaStatistics.byReason(counts.overridesByReason()), counts.decisiveOverridden());
		}

	}

	/**
	 * Every decision of the period: how many, how many outcomes were recorded, and how
	 * many overridden, also those with no finding at all (an ISSUE or ALLOW overridden).
	 */
	@Schema(name = "CriteriaTotals")
	public record Totals(long decisions, long outcomesRecorded, long followed, long overridden, Double overrideRate,
			Map<String, Long> overridesByReason) {

		static Totals of(CriteriaRollup.RuleCounts every) {
			if (every == null) {
				return new Totals(0, 0, 0, 0, null, CriteriaStatistics.byReason(Map.of()));
			}
			return new Totals(every.hits(), every.outcomes(), every.followed(), every.overridden(),
					rate(every.overridden(), every.outcomes()), CriteriaStatistics.byReason(every.overridesByReason()));
		}

	}

	static Double rate(long part, long whole) {
		return (whole == 0) ? null : (double) part / whole;
	}

}
