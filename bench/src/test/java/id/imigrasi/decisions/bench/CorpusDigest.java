package id.imigrasi.decisions.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Referral;

/**
 * A SHA-256 over everything a decision says except its ID, for every case of the corpus
 * in order: the recommendation, each finding (rule, source, outcome, agency, urgency,
 * reason, citations as of the legal date, the facts read with their values, whether it
 * was decisive) and each merged referral. Two engines with the same digest answer the
 * whole corpus identically.
 */
final class CorpusDigest {

	private CorpusDigest() {
	}

	static String of(List<Decision> decisions) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			StringBuilder text = new StringBuilder();
			for (Decision decision : decisions) {
				text.setLength(0);
				text.append(decision.service())
					.append('|')
					.append(decision.recommendation())
					.append('|')
					.append(decision.advisory())
					.append('|')
					.append(decision.legalDate())
					.append('|')
					.append(decision.ruleset());
				for (Finding f : decision.findings()) {
					text.append("\nF ")
						.append(f.ruleId())
						.append('|')
						.append(f.table())
						.append('|')
						.append(f.source())
						.append('|')
						.append(f.outcome())
						.append('|')
						.append(f.agency())
						.append('|')
						.append(f.urgency())
						.append('|')
						.append(f.reason())
						.append('|')
						.append(citations(f.legalBasis()))
						.append('|')
						.append(f.facts())
						.append('|')
						.append(f.decisive());
				}
				for (Referral r : decision.referrals()) {
					text.append("\nR ")
						.append(r.agency())
						.append('|')
						.append(r.agencyName())
						.append('|')
						.append(r.urgency())
						.append('|')
						.append(r.ruleIds())
						.append('|')
						.append(r.reason())
						.append('|')
						.append(r.reasons())
						.append('|')
						.append(citations(r.legalBasis()));
				}
				digest.update(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String citations(List<Citation> citations) {
		return citations.stream().map((c) -> c.citation() + "/" + c.instrument()).toList().toString();
	}

}
