package id.imigrasi.decisions.service.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.service.audit.CriteriaRollup;
import id.imigrasi.decisions.service.audit.OfficerOutcome;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

/**
 * How each criterion performs over a period (issue 15): every rule of the active version,
 * in workbook order, with its owner and review-by date, then every rule ID the log knows
 * that the active version no longer has; each with what the log counts for it.
 */
@Component
public class CriteriaStatistics {

	private final CriteriaRollup rollup;

	private final ActiveRuleset active;

	CriteriaStatistics(CriteriaRollup rollup, ActiveRuleset active) {
		this.rollup = rollup;
		this.active = active;
	}

	public CriteriaReport between(LocalDate from, LocalDate to) {
		RulesetInfo info = this.active.engine().ruleset().info();
		Map<String, CriteriaRollup.RuleCounts> counts = new LinkedHashMap<>();
		CriteriaRollup.RuleCounts every = null;
		for (CriteriaRollup.RuleCounts rule : this.rollup.between(from, to)) {
			if (rule.everyDecision()) {
				every = rule;
			}
			else {
				counts.put(rule.ruleId(), rule);
			}
		}
		List<CriteriaReport.Criterion> criteria = new ArrayList<>();
		for (RulesetInfo.Row row : firstRowOfEachRule(info)) {
			criteria.add(CriteriaReport.Criterion.of(row.ruleId(), row.table(), row.source(), row.owner(),
					reviewBy(info, row.ruleId()), true, counts.remove(row.ruleId())));
		}
		for (CriteriaRollup.RuleCounts retired : counts.values()) {
			criteria
				.add(CriteriaReport.Criterion.of(retired.ruleId(), retired.table(), null, null, null, false, retired));
		}
		return new CriteriaReport(from, to, new CriteriaReport.Version(info.version(), info.sha256()),
				CriteriaReport.Totals.of(every), criteria);
	}

	/** A rule with alternatives has several rows; the first stands for it. */
	private static List<RulesetInfo.Row> firstRowOfEachRule(RulesetInfo info) {
		Map<String, RulesetInfo.Row> first = new LinkedHashMap<>();
		info.rows().forEach((row) -> first.putIfAbsent(row.ruleId(), row));
		return new ArrayList<>(first.values());
	}

	/** The earliest review-by date of a rule's rows: it is due when its first row is. */
	private static LocalDate reviewBy(RulesetInfo info, String ruleId) {
		return info.rows()
			.stream()
			.filter((row) -> row.ruleId().equals(ruleId) && row.reviewBy() != null)
			.map(RulesetInfo.Row::reviewBy)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	static Map<String, Long> byReason(Map<OfficerOutcome.ReasonCode, Long> counts) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		for (OfficerOutcome.ReasonCode reason : OfficerOutcome.ReasonCode.values()) {
			ordered.put(reason.name(), counts.getOrDefault(reason, 0L));
		}
		return ordered;
	}

}
