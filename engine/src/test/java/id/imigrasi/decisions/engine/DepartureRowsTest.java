package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.TravelDocumentType;
import id.imigrasi.decisions.model.request.VisaType;

import static id.imigrasi.decisions.engine.Cases.DAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the departure table (SPEC 5, DC-001 to DC-020) fires on its case and stays
 * silent on a near miss that changes one fact.
 */
class DepartureRowsTest {

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	static List<RowCase> rows() {
		return List.of(
				RowCase.departure("DC-001", 1, "passport expired the day before the check",
						(d) -> d.expiry = DAY.minusDays(1), "it expires on the check date", (d) -> d.expiry = DAY,
						"travelDocumentExpired", true),
				RowCase.departure("DC-001", 2, "travel document neither passport nor SPLP",
						(d) -> d.documentType = TravelDocumentType.OTHER, "an SPLP",
						(d) -> d.documentType = TravelDocumentType.SPLP, "travelDocument.type", "OTHER"),
				RowCase.departure("DC-002", 1, "wanted for investigation", (d) -> d.person.wanted = true, "not wanted",
						(d) -> d.person.wanted = false, "person.watchlist.wantedForInvestigation", true),
				RowCase.departure("DC-003", 1, "on the prevention list", (d) -> d.person.prevention = true, "not on it",
						(d) -> d.person.prevention = false, "person.watchlist.preventionListMatch", true),
				RowCase.departure("DC-010", 1, "migrant worker not registered as CPMI",
						(d) -> d.procedural().worker = new MigrantWorker(false, true, true, true, true), "registered",
						(d) -> d.worker = new MigrantWorker(true, true, true, true, true),
						"migrantWorker.registeredCpmi", false),
				RowCase.departure("DC-010", 1, "migrant worker without a placement agreement",
						(d) -> d.procedural().worker = new MigrantWorker(true, true, false, true, true),
						"with the agreement", (d) -> d.worker = new MigrantWorker(true, true, true, true, true),
						"migrantWorker.placementAgreement", false),
				RowCase.departure("DC-010", 1, "tourist who says at interview he will work",
						(d) -> d.interview((i) -> i.intendsToWork = true), "who does not",
						(d) -> d.interview((i) -> i.intendsToWork = false), "interview.intendsToWork", true),
				RowCase.departure("DC-011", 1, "hajj on a tourist visa", (d) -> {
					d.purpose = Purpose.HAJJ;
					d.destination = "SA";
					d.visa = VisaType.TOURIST;
				}, "on a hajj visa", (d) -> d.visa = VisaType.HAJJ, "visaType", "TOURIST"),
				RowCase.departure("DC-011", 2, "umrah on a tourist visa", (d) -> {
					d.purpose = Purpose.UMRAH;
					d.destination = "SA";
					d.visa = VisaType.TOURIST;
				}, "on an umrah visa", (d) -> d.visa = VisaType.UMRAH, "statedPurpose", "UMRAH"),
				RowCase.departure("DC-011", 3, "registered migrant worker on a visit visa",
						(d) -> d.procedural().visa = VisaType.VISIT, "on a work visa", (d) -> d.visa = VisaType.WORK,
						"visaType", "VISIT"),
				RowCase.departure("DC-012", 1, "tourist without a return ticket who cannot say how long",
						(d) -> d.with((e) -> e.returnTicket = false).interview((i) -> i.canStateTripDuration = false),
						"with a return ticket", (d) -> d.returnTicket = true, "interview.canStateTripDuration", false),
				RowCase.departure("DC-012", 2, "family visitor without a return ticket, answers inconsistent",
						(d) -> d.with((e) -> e.returnTicket = false)
							.with((e) -> e.purpose = Purpose.VISIT_FAMILY)
							.interview((i) -> i.purposeConsistent = false),
						"answers consistent", (d) -> d.interview((i) -> i.purposeConsistent = true),
						"interview.purposeConsistent", false),
				RowCase.departure("DC-013", 1, "domestic-work offer in Saudi Arabia", (d) -> {
					d.destination = "SA";
					d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
				}, "in Malaysia (not under the moratorium)", (d) -> d.destination = "MY", "destinationLists",
						List.of("DESTINATION_RISK", "MORATORIUM_260_2015")),
				RowCase.departure("DC-013", 1, "domestic-work offer in Jordan", (d) -> {
					d.destination = "JO";
					d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
				}, "a factory job there", (d) -> d.interview((i) -> i.sector = JobSector.FACTORY),
						"interview.jobOffer.sector", "DOMESTIC_WORK"),
				RowCase.departure("DC-014", 1, "online-scam job offer",
						(d) -> d.interview((i) -> i.sector = JobSector.ONLINE_SCAM_OR_GAMBLING), "a hospitality job",
						(d) -> d.interview((i) -> i.sector = JobSector.HOSPITALITY), "interview.jobOffer.sector",
						"ONLINE_SCAM_OR_GAMBLING"),
				RowCase.departure("DC-014", 2, "transit Cambodia, recruited on social media", (d) -> {
					d.destination = "TH";
					d.transit = List.of("KH");
					d.interview((i) -> i.recruitedVia = RecruitmentChannel.SOCIAL_MEDIA);
				}, "recruited by a licensed P3MI",
						(d) -> d.interview((i) -> i.recruitedVia = RecruitmentChannel.LICENSED_P3MI),
						"interview.recruitedVia", "SOCIAL_MEDIA"),
				RowCase.departure("DC-014", 2, "to Myanmar through an individual agent", (d) -> {
					d.destination = "MM";
					d.interview((i) -> i.recruitedVia = RecruitmentChannel.INDIVIDUAL_AGENT);
				}, "to Thailand", (d) -> d.destination = "TH", "routeCountries", List.of("MM")),
				RowCase.departure("DC-015", 1, "17, with an unrelated escort and a factory job offer",
						(d) -> d.with((e) -> e.person.minor())
							.with((e) -> e.accompaniedBy = Companion.UNRELATED_ESCORT)
							.interview((i) -> i.sector = JobSector.FACTORY),
						"with a parent", (d) -> d.accompaniedBy = Companion.PARENT_OR_GUARDIAN, "accompaniedBy",
						"UNRELATED_ESCORT"),
				RowCase.departure("DC-015", 1, "17, alone, purpose WORK",
						(d) -> d.with((e) -> e.person.minor()).with((e) -> {
							e.accompaniedBy = Companion.NONE;
							e.purpose = Purpose.WORK;
							e.visa = VisaType.WORK;
						}), "purpose STUDY", (d) -> d.purpose = Purpose.STUDY, "age", 17),
				RowCase.departure("DC-020", 1, "tourist without a return ticket, not interviewed",
						(d) -> d.noInterview().returnTicket = false, "with a return ticket",
						(d) -> d.returnTicket = true, "returnTicket", false),
				RowCase.departure("DC-020", 2, "tourist to Malaysia, not interviewed",
						(d) -> d.noInterview().destination = "MY", "once interviewed", (d) -> d.interview((i) -> {
						}), "routeLists", List.of("DESTINATION_RISK")),
				RowCase.departure("DC-020", 2, "family visit through Hong Kong, not interviewed",
						(d) -> d.noInterview().with((e) -> e.purpose = Purpose.VISIT_FAMILY).transit = List.of("HK"),
						"a business trip", (d) -> d.purpose = Purpose.BUSINESS, "statedPurpose", "VISIT_FAMILY"));
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
		assertThat(finding.table()).isEqualTo("departure");
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
		assertThat(outcomes("DC-001", "DC-002", "DC-003")).containsOnly(Outcome.REFUSE_EXIT);
		assertThat(outcomes("DC-010", "DC-011", "DC-012", "DC-013", "DC-014", "DC-015")).containsOnly(Outcome.DEFER);
		assertThat(outcomes("DC-020")).containsOnly(Outcome.SECONDARY_INSPECTION);
	}

	@Test
	void shouldCoverEveryRowOfTheTable() {
		Set<String> covered = rows().stream()
			.map((row) -> row.source(engine.ruleset().info()))
			.collect(Collectors.toSet());

		assertThat(covered).containsExactlyInAnyOrderElementsOf(sourcesOfTable("departure"));
	}

	@Test
	void shouldAllowACleanDepartureWithoutFindings() {
		Decision decision = engine.evaluate(Cases.departure().build());

		assertThat(decision.recommendation()).isEqualTo(Outcome.ALLOW);
		assertThat(decision.findings()).isEmpty();
		assertThat(decision.referrals()).isEmpty();
	}

	@Test
	void shouldAllowARegisteredMigrantWorkerWithEveryDocument() {
		Decision decision = engine.evaluate(Cases.departure().procedural().build());

		assertThat(decision.recommendation()).isEqualTo(Outcome.ALLOW);
		assertThat(decision.findings()).isEmpty();
	}

	private static Set<Outcome> outcomes(String... ruleIds) {
		Set<String> ids = Set.of(ruleIds);
		return engine.ruleset()
			.info()
			.rows()
			.stream()
			.filter((r) -> ids.contains(r.ruleId()))
			.map(RulesetInfo.Row::outcome)
			.collect(Collectors.toSet());
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
