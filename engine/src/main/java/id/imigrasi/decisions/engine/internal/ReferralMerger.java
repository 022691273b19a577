package id.imigrasi.decisions.engine.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.Referral;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Urgency;

/**
 * Merges referral findings per agency (SPEC 2.4 item 3): each agency once, with every
 * rule ID and reason, the union of legal bases, and the highest urgency. Referrals
 * collect; none takes precedence over another.
 */
final class ReferralMerger {

	private ReferralMerger() {
	}

	static List<Referral> merge(List<Finding> findings, ReferenceLists lists, java.time.LocalDate legalDate) {
		Map<Agency, List<Finding>> byAgency = new EnumMap<>(Agency.class);
		for (Finding finding : findings) {
			if (finding.agency() != null) {
				byAgency.computeIfAbsent(finding.agency(), (a) -> new ArrayList<>()).add(finding);
			}
		}
		List<Referral> referrals = new ArrayList<>();
		byAgency.forEach((agency, rows) -> referrals.add(merge(agency, rows, lists, legalDate)));
		// IMMEDIATE referrals first: they must happen before the
		// person leaves the counter.
		referrals.sort(java.util.Comparator.comparing(Referral::urgency));
		return List.copyOf(referrals);
	}

	private static Referral merge(Agency agency, List<Finding> rows, ReferenceLists lists,
			java.time.LocalDate legalDate) {
		Urgency urgency = rows.stream().map(Finding::urgency).anyMatch((u) -> u == Urgency.IMMEDIATE)
				? Urgency.IMMEDIATE : Urgency.ROUTINE;
		Set<String> ruleIds = new LinkedHashSet<>();
		Set<Citation> basis = new LinkedHashSet<>();
		List<Referral.RuleReason> reasons = new ArrayList<>();
		Set<Reason> seen = new LinkedHashSet<>();
		for (Finding row : rows) {
			ruleIds.add(row.ruleId());
			basis.addAll(row.legalBasis());
			if (seen.add(row.reason())) {
				reasons.add(new Referral.RuleReason(row.ruleId(), row.reason().id(), row.reason().en()));
			}
		}
		Reason joined = new Reason(seen.stream().map(Reason::id).collect(Collectors.joining(" ")),
				seen.stream().map(Reason::en).collect(Collectors.joining(" ")));
		String name = lists.agencyName(agency.name(), legalDate).orElse(agency.name());
		return new Referral(agency, name, urgency, List.copyOf(ruleIds), joined, List.copyOf(reasons),
				List.copyOf(basis));
	}

}
