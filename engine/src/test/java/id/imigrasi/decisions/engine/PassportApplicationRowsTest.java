package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.imigrasi.decisions.model.request.ApplicationType;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.request.JobSector;
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

	/** The day UU 14/2025 allowed umrah mandiri (SPEC 2.6, 5.1 item 4). */
	static final LocalDate UMRAH_MANDIRI = LocalDate.of(2025, 9, 4);

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
				RowCase.passport("PA-010", 1, "purpose WORK without a recommendation on the SE's date", (p) -> {
					p.purpose = Purpose.WORK;
					p.date = LocalDate.of(2017, 2, 24);
				}, "the day before SE 0277/2017", (p) -> p.date = LocalDate.of(2017, 2, 23), "statedPurpose", "WORK"),
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
				RowCase.passport("PA-011", 1, "purpose WORK at 16 on the engine's first legal date", (p) -> {
					p.purpose = Purpose.WORK;
					p.date = LocalDate.of(2011, 5, 5);
					p.person.birthDate = LocalDate.of(1995, 1, 1);
					p.documents(DocumentType.PARENTAL_CONSENT);
				}, "18 by then", (p) -> p.person.birthDate = LocalDate.of(1993, 5, 5), "age", 16),
				RowCase.passport("PA-012", 1, "purpose WORK with the recommendation, no health certificate", (p) -> {
					p.purpose = Purpose.WORK;
					p.documents(DocumentType.DISNAKER_RECOMMENDATION);
				}, "with the health certificate", (p) -> p.documents(DocumentType.HEALTH_CERTIFICATE), "documents",
						List.of("DISNAKER_RECOMMENDATION", "KK", "KTP")),
				RowCase.passport("PA-013", 1, "internship without the Kemnaker recommendation",
						(p) -> p.purpose = Purpose.INTERNSHIP, "with it",
						(p) -> p.documents(DocumentType.KEMNAKER_INTERNSHIP_RECOMMENDATION), "statedPurpose",
						"INTERNSHIP"),
				RowCase.passport("PA-014", 1, "tourist of 17 who says she will work", (p) -> {
					p.person.minor();
					p.documents(DocumentType.PARENTAL_CONSENT);
					p.interview((i) -> i.intendsToWork = true);
				}, "18 today", (p) -> p.person.turns18On(DAY), "interview.intendsToWork", true),
				RowCase.passport("PA-014", 2, "family visitor of 17 with a job offer", (p) -> {
					p.person.minor();
					p.purpose = Purpose.VISIT_FAMILY;
					p.documents(DocumentType.PARENTAL_CONSENT, DocumentType.INVITATION_LETTER);
					p.interview((i) -> i.sector = JobSector.PLANTATION);
				}, "no job offer", (p) -> p.interview((i) -> i.sector = null), "jobOffered", true),
				RowCase.passport("PA-020", 1, "umrah without the PPIU letter", (p) -> p.purpose = Purpose.UMRAH,
						"with it", (p) -> p.documents(DocumentType.PPIU_LETTER), "statedPurpose", "UMRAH"),
				RowCase.passport("PA-020", 1, "umrah with a service receipt only, the day before UU 14/2025", (p) -> {
					p.purpose = Purpose.UMRAH;
					p.date = UMRAH_MANDIRI.minusDays(1);
					p.documents(DocumentType.UMRAH_SERVICE_RECEIPT);
				}, "from UU 14/2025 (PA-021 accepts the receipt)", (p) -> p.date = UMRAH_MANDIRI, "statedPurpose",
						"UMRAH"),
				RowCase.passport("PA-021", 1, "umrah after UU 14/2025 with neither a PPIU letter nor a receipt",
						(p) -> {
							p.purpose = Purpose.UMRAH;
							p.date = UMRAH_MANDIRI;
						}, "with the umrah service receipt", (p) -> p.documents(DocumentType.UMRAH_SERVICE_RECEIPT),
						"statedPurpose", "UMRAH"),
				RowCase.passport("PA-030", 1, "family visit, no invitation, cannot say how long", (p) -> {
					p.purpose = Purpose.VISIT_FAMILY;
					p.interview((i) -> i.canStateTripDuration = false);
				}, "with an invitation", (p) -> p.documents(DocumentType.INVITATION_LETTER),
						"interview.canStateTripDuration", false),
				RowCase.passport("PA-030", 1, "family visit, no invitation, trip length unclear", (p) -> {
					p.purpose = Purpose.VISIT_FAMILY;
					p.interview((i) -> i.canStateTripDuration = false);
				}, "trip length stated (no doubt, no letter asked)",
						(p) -> p.interview((i) -> i.canStateTripDuration = true), "statedPurpose", "VISIT_FAMILY"),
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
				RowCase.passport("PA-050", 2, "would-be student without an admission letter who will work",
						(p) -> p.with((q) -> q.purpose = Purpose.STUDY).interview((i) -> i.intendsToWork = true),
						"with the admission letter (PA-053 instead)", (p) -> p.documents(DocumentType.ADMISSION_LETTER),
						"statedPurpose", "STUDY"),
				RowCase.passport("PA-050", 3, "would-be intern without the Kemnaker recommendation who will work",
						(p) -> p.with((q) -> q.purpose = Purpose.INTERNSHIP).interview((i) -> i.intendsToWork = true),
						"with the recommendation (PA-053 instead)",
						(p) -> p.documents(DocumentType.KEMNAKER_INTERNSHIP_RECOMMENDATION), "statedPurpose",
						"INTERNSHIP"),
				RowCase.passport("PA-051", 1, "interview answers inconsistent",
						(p) -> p.interview((i) -> i.purposeConsistent = false), "answers consistent",
						(p) -> p.interview((i) -> i.purposeConsistent = true), "interview.purposeConsistent", false),
				RowCase.passport("PA-053", 1, "admitted student mentioning part-time work", (p) -> {
					p.purpose = Purpose.STUDY;
					p.documents(DocumentType.ADMISSION_LETTER);
					p.interview((i) -> i.intendsToWork = true);
				}, "who does not mention work", (p) -> p.interview((i) -> i.intendsToWork = false),
						"interview.intendsToWork", true),
				RowCase.passport("PA-053", 2, "intern with the Kemnaker recommendation mentioning work", (p) -> {
					p.purpose = Purpose.INTERNSHIP;
					p.documents(DocumentType.KEMNAKER_INTERNSHIP_RECOMMENDATION);
					p.interview((i) -> i.intendsToWork = true);
				}, "purpose tourism", (p) -> p.purpose = Purpose.TOURISM, "statedPurpose", "INTERNSHIP"),
				RowCase.passport("PA-053", 3, "trader who will work in his own business", (p) -> {
					p.purpose = Purpose.BUSINESS;
					p.interview((i) -> i.intendsToWork = true);
				}, "with a Disnaker recommendation", (p) -> p.documents(DocumentType.DISNAKER_RECOMMENDATION),
						"statedPurpose", "BUSINESS"),
				RowCase.passport("PA-060", 1, "new tourist application to a risk-list destination",
						(p) -> p.destination = "MY", "a renewal", (p) -> p.type = ApplicationType.RENEWAL,
						"destinationLists", List.of("DESTINATION_RISK")),
				RowCase.passport("PA-060", 1, "new internship application to Japan, not interviewed",
						(p) -> p.with((q) -> q.purpose = Purpose.INTERNSHIP)
							.with((q) -> q.destination = "JP")
							.documents(DocumentType.KEMNAKER_INTERNSHIP_RECOMMENDATION),
						"once interviewed", (p) -> p.interview((i) -> {
						}), "interviewed", false),
				RowCase.passport("PA-061", 1, "applicant whose fees a third party paid",
						(p) -> p.interview((i) -> i.costsPaidByThirdParty = true), "who paid herself",
						(p) -> p.interview((i) -> i.costsPaidByThirdParty = false), "interview.costsPaidByThirdParty",
						true));
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
		assertThat(outcome("PA-014")).isEqualTo(Outcome.SUSPEND);
		assertThat(outcome("PA-020")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-021")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-030")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-040")).isEqualTo(Outcome.REQUEST_DOCUMENTS);
		assertThat(outcome("PA-050")).isEqualTo(Outcome.REFUSE);
		assertThat(outcome("PA-051")).isEqualTo(Outcome.SUSPEND);
		assertThat(outcome("PA-053")).isEqualTo(Outcome.IN_DEPTH_INTERVIEW);
		assertThat(outcome("PA-060")).isEqualTo(Outcome.IN_DEPTH_INTERVIEW);
		assertThat(outcome("PA-061")).isEqualTo(Outcome.IN_DEPTH_INTERVIEW);
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
