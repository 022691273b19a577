package id.imigrasi.decisions.service.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Referral;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Urgency;

/** Grades a decision against a scenario's expectations, every key at once. */
final class ExpectationCheck {

	private ExpectationCheck() {
	}

	static List<Mismatch> check(Expectation expect, Decision decision) {
		List<Mismatch> mismatches = new ArrayList<>();
		if (expect.recommendation() != decision.recommendation()) {
			mismatches
				.add(new Mismatch("recommendation", expect.recommendation().name(), decision.recommendation().name()));
		}
		Set<String> fired = new LinkedHashSet<>();
		decision.findings().forEach((finding) -> fired.add(finding.ruleId()));
		List<String> missing = expect.findings().stream().filter((id) -> !fired.contains(id)).toList();
		if (!missing.isEmpty()) {
			mismatches.add(new Mismatch("findings", "termasuk " + missing, "temuan " + fired));
		}
		List<String> unwanted = expect.notFindings().stream().filter(fired::contains).toList();
		if (!unwanted.isEmpty()) {
			mismatches.add(new Mismatch("notFindings", "tidak ada " + unwanted, "temuan " + fired));
		}
		Set<Agency> referred = EnumSet.noneOf(Agency.class);
		decision.referrals().forEach((referral) -> referred.add(referral.agency()));
		Set<Agency> expected = expect.referrals().isEmpty() ? EnumSet.noneOf(Agency.class)
				: EnumSet.copyOf(expect.referrals());
		if (!expected.equals(referred)) {
			mismatches.add(new Mismatch("referrals", "tepat " + expected, referred.toString()));
		}
		for (Map.Entry<Agency, Urgency> entry : expect.urgency().entrySet()) {
			Urgency actual = decision.referrals()
				.stream()
				.filter((referral) -> referral.agency() == entry.getKey())
				.map(Referral::urgency)
				.findFirst()
				.orElse(null);
			if (actual != entry.getValue()) {
				mismatches.add(new Mismatch("urgency." + entry.getKey(), entry.getValue().name(),
						(actual != null) ? actual.name() : "tidak dirujuk (not referred)"));
			}
		}
		Set<String> cited = citations(decision);
		for (String citation : expect.citations()) {
			if (!cited.contains(citation)) {
				mismatches.add(new Mismatch("citations", "memuat \"" + citation + "\"", "dasar hukum " + cited));
			}
		}
		for (String citation : expect.notCitations()) {
			if (cited.contains(citation)) {
				mismatches
					.add(new Mismatch("notCitations", "tidak memuat \"" + citation + "\"", "dasar hukum " + cited));
			}
		}
		return mismatches;
	}

	/** Every citation and instrument named by a finding or a referral. */
	static Set<String> citations(Decision decision) {
		Set<String> cited = new LinkedHashSet<>();
		for (Finding finding : decision.findings()) {
			add(cited, finding.legalBasis());
		}
		for (Referral referral : decision.referrals()) {
			add(cited, referral.legalBasis());
		}
		return cited;
	}

	private static void add(Set<String> cited, List<Citation> basis) {
		if (basis == null) {
			return;
		}
		for (Citation citation : basis) {
			cited.add(citation.citation());
			if (citation.instrument() != null) {
				cited.add(citation.instrument());
			}
		}
	}

}
