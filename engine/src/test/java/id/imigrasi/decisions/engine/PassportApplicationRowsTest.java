package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.imigrasi.decisions.model.request.ApplicationType;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.Purpose;

import static id.imigrasi.decisions.engine.Cases.DAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the passport-application table (SPEC 5, PA-001 to PA-060) fires on its
 * case and stays silent on a near miss that changes one fact.
 */
class PassportApplicationRowsTest {

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	static List<RowCase> rows() {
		return List.of(
				RowCase.passport("PA-001", 1, "on the prevention list", (p) -> p.person.prevention = true, "not on it",
						(p) -> p.person.prevention = false, "person.watchlist.preventionListMatch", true),
				RowCase.passport("PA-002", 1, "issuance suspended until the application date",
						(p) -> p.person.suspendedUntil = DAY, "the suspension ended the day before",
						(p) -> p.person.suspendedUntil = DAY.minusDays(1), "issuanceSuspended", true),
				RowCase.passport("PA-003", 1, "false statement proven", (p) -> p.falseStatement = true, "not proven",
						(p) -> p.falseStatement = false, "documentFindings.falseStatementProven", true),
				RowCase.passport("PA-004", 1, "suspected forgery", (p) -> p.forgery = true, "no forgery suspected",
						(p) -> p.forgery = false, "documentFindings.suspectedForgery", true),
				RowCase.passport("PA-005", 1, "data mismatch", (p) -> p.mismatch = true, "data match",
						(p) -> p.mismatch = false, "documentFindings.dataMismatch", true),
				RowCase.passport("PA-005", 2, "duplicate identity", (p) -> p.duplicate = true, "no duplicate",
						(p) -> p.duplicate = false, "documentFindings.duplicateIdentityFound", true),
				RowCase.passport("PA-010", 1, "purpose WORK without a Disnaker recommendation",
						(p) -> p.purpose = Purpose.WORK, "with the recommendation",
						(p) -> p.documents(DocumentType.DISNAKER_RECOMMENDATION), "statedPurpose", "WORK"),
				RowCase.passport("PA-011", 1, "purpose WORK at 17", (p) -> {
					p.purpose = Purpose.WORK;
					p.documents(DocumentType.DISNAKER_RECOMMENDATION, DocumentType.HEALTH_CERTIFICATE);
					p.person.minor();
				}, "18 today", (p) -> p.person.turns18On(DAY), "age", 17),
				RowCase.passport("PA-011", 1, "purpose WORK at 17 with parental consent", (p) -> {
					p.purpose = Purpose.WORK;
					p.person.minor();
					p.documents(DocumentType.PARENTAL_CONSENT);
				}, "purpose STUDY", (p) -> p.purpose = Purpose.STUDY, "statedPurpose", "WORK"),
				RowCase.passport("PA-012", 1, "purpose WORK with the recommendation, no health certificate", (p) -> {
					p.purpose = Purpose.WORK;
					p.documents(DocumentType.DISNAKER_RECOMMENDATION);
				}, "with the health certificate", (p) -> p.documents(DocumentType.HEALTH_CERTIFICATE), "documents",
						List.of("DISNAKER_RECOMMENDATION", "KK", "KTP")),
				RowCase.passport("PA-013", 1, "internship without the Kemnaker recommendation",
						(p) -> p.purpose = Purpose.INTERNSHIP, "with it",
						(p) -> p.documents(DocumentType.KEMNAKER_INTERNSHIP_RECOMMENDATION), "statedPurpose",
						"INTERNSHIP"),
				RowCase.passport("PA-020", 1, "umrah without the PPIU letter", (p) -> p.purpose = Purpose.UMRAH,
						"with it", (p) -> p.documents(DocumentType.PPIU_LETTER), "statedPurpose", "UMRAH"),
				RowCase.passport("PA-020", 1, "hajj without the PPIU letter", (p) -> p.purpose = Purpose.HAJJ,
						"with it", (p) -> p.documents(DocumentType.PPIU_LETTER), "statedPurpose", "HAJJ"),
				RowCase.passport("PA-030", 1, "family visit without an invitation",
						(p) -> p.purpose = Purpose.VISIT_FAMILY, "with one",
						(p) -> p.documents(DocumentType.INVITATION_LETTER), "statedPurpose", "VISIT_FAMILY"),
				RowCase.passport("PA-040", 1, "17 without parental consent", (p) -> p.person.minor(), "with consent",
						(p) -> p.documents(DocumentType.PARENTAL_CONSENT), "age", 17),
				RowCase.passport("PA-050", 1, "tourist who says at interview she will work",
						(p) -> p.interview((i) -> i.intendsToWork = true), "who does not",
						(p) -> p.interview((i) -> i.intendsToWork = false), "interview.intendsToWork", true),
				RowCase.passport("PA-050", 1, "family visitor who will work",
						(p) -> p.with((q) -> q.purpose = Purpose.VISIT_FAMILY)
							.documents(DocumentType.INVITATION_LETTER)
							.interview((i) -> i.intendsToWork = true),
						"with a Disnaker recommendation", (p) -> p.documents(DocumentType.DISNAKER_RECOMMENDATION),
						"statedPurpose", "VISIT_FAMILY"),
				RowCase.passport("PA-051", 1, "interview answers inconsistent, no admission of work",
						(p) -> p.interview((i) -> i.purposeConsistent = false), "answers consistent",
						(p) -> p.interview((i) -> i.purposeConsistent = true), "interview.purposeConsistent", false),
				RowCase.passport("PA-060", 1, "new tourist application to a risk-list destination",
						(p) -> p.destination = "MY", "a renewal", (p) -> p.type = ApplicationType.RENEWAL,
						"destinationLists", List.of("DESTINATION_RISK")),
				RowCase.passport("PA-060", 1, "new internship application to Japan, not interviewed",
						(p) -> p.with((q) -> q.purpose = Purpose.INTERNSHIP)
							.with((q) -> q.destination = "JP")
							.documents(DocumentType.KEMNAKER_INTERNSHIP_RECOMMENDATION),
						"once interviewed", (p) -> p.interview((i) -> {
						}), "interviewed", false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void shouldFireTheRowOnItsCase(RowCase row) {
		assertFires(engine, row);
	}

	/** The row fires on its case in {@code engine}, explained. */
	static void assertFires(DecisionEngine engine, RowCase row) {
		Decision decision = Explanations.evaluate(engine, row.firing());

		Finding finding = Explanations.findingAt(decision, row.source(engine.ruleset().info()));
		assertThat(finding.ruleId()).isEqualTo(row.ruleId());
		assertThat(finding.table()).isEqualTo("passport-application");
		assertThat(finding.facts()).containsEntry(row.fact(), row.value());
		assertThat(decision.recommendation().severity()).isGreaterThanOrEqualTo(finding.outcome().severity());
		assertThat(finding.decisive()).isEqualTo(finding.outcome() == decision.recommendation());
		decision.findings().forEach(Explanations::assertExplained);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void shouldNotFireTheRowOnTheNearMiss(RowCase row) {
		assertMisses(engine, row);
	}

	/** The row stays silent on its near miss in {@code engine}. */
	static void assertMisses(DecisionEngine engine, RowCase row) {
		Decision decision = Explanations.evaluate(engine, row.nearMiss());

		assertThat(Explanations.ruleIds(decision)).doesNotContain(row.ruleId());
	}

	@Test
	void shouldRecommendEachRowsOutcomeAsTheWorkbookStatesIt() {
		assertThat(outcome("PA-001")).isEqualTo(Outcome.REFUSE);
		assertThat(outcome("PA-002")).isEqualTo(Outcome.REFUSE);
		assertThat(outcome("PA-003")).isEqualTo(Outcome.REFUSE);
		assertThat(outcome("PA-004")).isEqualTo(Outcome.SUSPEND);
		assertThat(outcome("PA-005")).isEqualTo(Outcome.SUSPEND);
		assertThat(outcome("PA-010")).isEqualTo(Outcome.REFUSE);
		assertThat(outcome("PA-011")).isEqualTo(Outcome.REFUSE);
		assertThat(outcome("PA-012")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-013")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-020")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-030")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-040")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-050")).isEqualTo(Outcome.REFUSE);
		assertThat(outcome("PA-051")).isEqualTo(Outcome.SUSPEND);
		assertThat(outcome("PA-060")).isEqualTo(Outcome.IN_DEPTH_INTERVIEW);
	}

	@Test
	void shouldCoverEveryRowOfTheTable() {
		Set<String> covered = rows().stream()
			.map((row) -> row.source(engine.ruleset().info()))
			.collect(Collectors.toSet());

		assertThat(covered).containsExactlyInAnyOrderElementsOf(sourcesOfTable("passport-application"));
	}

	@Test
	void shouldIssueACleanApplicationWithoutFindings() {
		Decision decision = engine.evaluate(Cases.passport().build());

		assertThat(decision.recommendation()).isEqualTo(Outcome.ISSUE);
		assertThat(decision.findings()).isEmpty();
		assertThat(decision.referrals()).isEmpty();
	}

	private static Outcome outcome(String ruleId) {
		return engine.ruleset()
			.info()
			.rows()
			.stream()
			.filter((r) -> r.ruleId().equals(ruleId))
			.map(RulesetInfo.Row::outcome)
			.distinct()
			.reduce((a, b) -> {
				throw new AssertionError(ruleId + " has alternative rows with different outcomes");
			})
			.orElseThrow();
	}

	private static Set<String> sourcesOfTable(String table) {
		return engine.ruleset()
			.info()
			.rows()
			.stream()
			.filter((r) -> r.table().equals(table))
			.map(RulesetInfo.Row::source)
			.collect(Collectors.toSet());
	}

}
