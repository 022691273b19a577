package id.imigrasi.decisions.service.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Referral;

/**
 * A decision told in words, line by line, as both reports print it: the recommendation,
 * every finding with its reason in Bahasa Indonesia, legal basis, source cell and the
 * facts it read, then every referral. The same lines serve the text and the HTML report.
 */
final class Explanation {

	private Explanation() {
	}

	/** One line: its indentation depth and text. */
	record Line(int depth, String text) {
	}

	static List<Line> of(Decision decision) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(0, "Rekomendasi: " + decision.recommendation() + " (tanggal hukum " + decision.legalDate()
				+ ", aturan versi " + decision.ruleset().version() + "; bersifat saran, petugas yang memutuskan)"));
		if (decision.findings().isEmpty()) {
			lines.add(new Line(0, "Temuan: tidak ada baris tabel yang cocok."));
		}
		else {
			lines.add(new Line(0, "Temuan:"));
		}
		for (Finding finding : decision.findings()) {
			String outcome = (finding.agency() != null) ? "rujuk " + finding.agency() + " " + finding.urgency()
					: finding.outcome().name();
			lines.add(new Line(1, finding.ruleId() + " \u2192 " + outcome + (finding.decisive() ? " (menentukan)" : "")
					+ "  [sel " + finding.source() + "]"));
			lines.add(new Line(2, "Alasan: " + finding.reason().id()));
			lines.add(new Line(2, "Dasar hukum: " + citations(finding.legalBasis())));
			if (!finding.facts().isEmpty()) {
				lines.add(new Line(2, "Fakta: " + facts(finding.facts())));
			}
		}
		if (decision.referrals().isEmpty()) {
			lines.add(new Line(0, "Rujukan: tidak ada."));
		}
		else {
			lines.add(new Line(0, "Rujukan:"));
		}
		for (Referral referral : decision.referrals()) {
			lines.add(new Line(1, referral.agency() + " (" + referral.agencyName() + "), " + referral.urgency()
					+ ", aturan " + String.join(", ", referral.ruleIds())));
			for (Referral.RuleReason reason : referral.reasons()) {
				lines.add(new Line(2, reason.ruleId() + ": " + reason.id()));
			}
			lines.add(new Line(2, "Dasar hukum: " + citations(referral.legalBasis())));
		}
		return lines;
	}

	static String citations(List<Citation> basis) {
		if (basis == null || basis.isEmpty()) {
			return "-";
		}
		return basis.stream().map(Citation::citation).collect(Collectors.joining("; "));
	}

	private static String facts(Map<String, Object> facts) {
		return facts.entrySet()
			.stream()
			.map((fact) -> fact.getKey() + "=" + fact.getValue())
			.collect(Collectors.joining(", "));
	}

}
