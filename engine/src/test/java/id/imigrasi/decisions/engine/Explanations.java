package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.Objects;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.PassportApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading decisions in tests: which rows fired, where, and whether each finding is
 * explained the way SPEC 2.4 and 4 require.
 */
final class Explanations {

	/** A rule-ID cell: {@code departure.drl.xlsx!Keberangkatan!B15}. */
	static final String SOURCE = "[a-z-]+\\.drl\\.xlsx![^!]+![A-Z]{1,2}[0-9]+";

	private Explanations() {
	}

	/** Evaluates a passport application or a departure. */
	static Decision evaluate(DecisionEngine engine, Object request) {
		if (request instanceof PassportApplication application) {
			return engine.evaluate(application);
		}
		return engine.evaluate((Departure) request);
	}

	static List<String> ruleIds(Decision decision) {
		return decision.findings().stream().map(Finding::ruleId).toList();
	}

	static List<String> sources(Decision decision) {
		return decision.findings().stream().map(Finding::source).toList();
	}

	/** The finding of the row at {@code source}; fails if that row did not fire. */
	static Finding findingAt(Decision decision, String source) {
		return decision.findings()
			.stream()
			.filter((f) -> f.source().equals(source))
			.findFirst()
			.orElseThrow(() -> new AssertionError(source + " did not fire; findings: " + sources(decision)));
	}

	static Finding finding(Decision decision, String ruleId) {
		return decision.findings()
			.stream()
			.filter((f) -> f.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(ruleId + " did not fire; findings: " + ruleIds(decision)));
	}

	static List<Agency> agencies(Decision decision) {
		return decision.referrals().stream().map(Referral::agency).toList();
	}

	static Referral referral(Decision decision, Agency agency) {
		return decision.referrals()
			.stream()
			.filter((r) -> r.agency() == agency)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no referral to " + agency + "; referrals: " + agencies(decision)));
	}

	/** The citations of a finding, as text. */
	static List<String> citations(Finding finding) {
		return finding.legalBasis().stream().map(Citation::citation).toList();
	}

	/**
	 * A finding an officer can act on: a reason in both languages, a legal basis, the
	 * rule-ID cell it came from, and the facts it read with their values.
	 */
	static void assertExplained(Finding finding) {
		assertThat(finding.ruleId()).matches("(PA|DC|RF)-[0-9]{3}");
		assertThat(finding.reason().id()).as("reason in Bahasa Indonesia of %s", finding.ruleId()).isNotBlank();
		assertThat(finding.reason().en()).as("reason in English of %s", finding.ruleId()).isNotBlank();
		assertThat(finding.reason().id()).isNotEqualTo(finding.reason().en());
		assertThat(finding.legalBasis()).as("legal basis of %s", finding.ruleId()).isNotEmpty();
		assertThat(finding.legalBasis()).allSatisfy((c) -> {
			assertThat(c.citation()).isNotBlank().doesNotContain("{");
			assertThat(c.instrument()).isNotBlank();
		});
		assertThat(finding.source()).matches(SOURCE);
		assertThat(finding.facts()).as("facts read by %s", finding.ruleId()).isNotEmpty();
		assertThat(finding.facts().values()).as("values of the facts read by %s", finding.ruleId())
			.anyMatch(Objects::nonNull);
	}

}
