package id.imigrasi.decisions.engine;

import java.time.LocalDate;
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
 * Every row of the departure table (SPEC 5 and its revision 5.1, DC-001 to DC-022) fires
 * on its case and stays silent on a near miss that changes one fact.
 */
class DepartureRowsTest {

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	/** The day UU 14/2025 allowed umrah mandiri (SPEC 2.6, 5.1 item 4). */
	static final LocalDate UMRAH_MANDIRI = LocalDate.of(2025, 9, 4);

	static List<RowCase> rows() {
		return List.of(
				RowCase.departure("DC-001", 1, "passport expired the day before the check",
						(d) -> d.expiry = DAY.minusDays(1), "it expires on the check date", (d) -> d.expiry = DAY,
						"travelDocumentExpired", true),
				RowCase.departure("DC-001", 2, "travel document neither passport, SPLP nor PLB",
						(d) -> d.documentType = TravelDocumentType.OTHER, "an SPLP",
						(d) -> d.documentType = TravelDocumentType.SPLP, "travelDocument.type", "OTHER"),
				RowCase.departure("DC-001", 3, "Pas Lintas Batas at an airport", (d) -> {
					d.documentType = TravelDocumentType.PLB;
					d.destination = "MY";
				}, "at the land-border post of Entikong, toward Malaysia", (d) -> d.checkpoint = "ETK",
						"landBorderPostTowardDestination", false),
				RowCase.departure("DC-001", 3, "Pas Lintas Batas at Entikong toward Brunei", (d) -> {
					d.documentType = TravelDocumentType.PLB;
					d.checkpoint = "ETK";
					d.destination = "BN";
				}, "toward Malaysia, the neighbour it serves", (d) -> d.destination = "MY", "travelDocument.type",
						"PLB"),
				RowCase.departure("DC-001", 3, "Pas Lintas Batas at Entikong toward Malaysia, then Singapore", (d) -> {
					d.documentType = TravelDocumentType.PLB;
					d.checkpoint = "ETK";
					d.destination = "SG";
					d.transit = List.of("MY");
				}, "to Malaysia only", (d) -> {
					d.destination = "MY";
					d.transit = null;
				}, "landBorderPostTowardDestination", false),
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
				RowCase.departure("DC-010", 2, "tourist who says at interview he will work",
						(d) -> d.interview((i) -> i.intendsToWork = true), "who does not",
						(d) -> d.interview((i) -> i.intendsToWork = false), "interview.intendsToWork", true),
				RowCase.departure("DC-010", 3, "student on a tourist visa who says he will work", (d) -> {
					d.purpose = Purpose.STUDY;
					d.visa = VisaType.TOURIST;
					d.interview((i) -> i.intendsToWork = true);
				}, "on a student visa (not a migrant worker)", (d) -> d.visa = VisaType.STUDENT, "visaType", "TOURIST"),
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
				RowCase.departure("DC-011", 2, "umrah on a tourist visa the day before UU 14/2025", (d) -> {
					d.date = UMRAH_MANDIRI.minusDays(1);
					d.purpose = Purpose.UMRAH;
					d.destination = "SA";
					d.visa = VisaType.TOURIST;
				}, "from the day umrah mandiri became lawful", (d) -> d.date = UMRAH_MANDIRI, "visaType", "TOURIST"),
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
				RowCase.departure("DC-013", 1, "domestic-work offer in Jordan without a placement agreement", (d) -> {
					d.procedural().destination = "JO";
					d.worker = new MigrantWorker(true, true, false, true, true);
					d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
				}, "with every placement document (DC-021 inspects instead)",
						(d) -> d.worker = new MigrantWorker(true, true, true, true, true),
						"migrantWorker.placementAgreement", false),
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
				RowCase.departure("DC-015", 1, "17, companion not recorded, a factory job offer",
						(d) -> d.with((e) -> e.person.minor())
							.with((e) -> e.accompaniedBy = null)
							.interview((i) -> i.sector = JobSector.FACTORY),
						"no job offer", (d) -> d.interview((i) -> i.sector = null), "jobOffered", true),
				RowCase.departure("DC-015", 1, "17, with a parent, purpose WORK with every document",
						(d) -> d.with((e) -> e.procedural()).with((e) -> {
							e.person.minor();
							e.accompaniedBy = Companion.PARENT_OR_GUARDIAN;
						}), "18 on the check date", (d) -> d.person.turns18On(DAY), "age", 17),
				RowCase.departure("DC-015", 1, "17, with family, says at interview she will work",
						(d) -> d.with((e) -> e.person.minor()).interview((i) -> i.intendsToWork = true),
						"does not say so", (d) -> d.interview((i) -> i.intendsToWork = false),
						"interview.intendsToWork", true),
				RowCase.departure("DC-016", 1, "umrah on a tourist visa after UU 14/2025, not interviewed", (d) -> {
					d.date = UMRAH_MANDIRI;
					d.purpose = Purpose.UMRAH;
					d.destination = "SA";
					d.visa = VisaType.TOURIST;
					d.noInterview();
				}, "on an umrah visa", (d) -> d.visa = VisaType.UMRAH, "interviewed", false),
				RowCase.departure("DC-016", 1, "the same the day before UU 14/2025 (DC-011 instead)", (d) -> {
					d.date = UMRAH_MANDIRI;
					d.purpose = Purpose.UMRAH;
					d.destination = "SA";
					d.visa = VisaType.TOURIST;
					d.noInterview();
				}, "on 2025-09-03", (d) -> d.date = UMRAH_MANDIRI.minusDays(1), "visaType", "TOURIST"),
				RowCase.departure("DC-016", 2, "umrah on a tourist visa after UU 14/2025, no return ticket", (d) -> {
					d.date = UMRAH_MANDIRI;
					d.purpose = Purpose.UMRAH;
					d.destination = "SA";
					d.visa = VisaType.TOURIST;
					d.returnTicket = false;
				}, "with a return ticket", (d) -> d.returnTicket = true, "returnTicket", false),
				RowCase.departure("DC-016", 3, "umrah on a tourist visa after UU 14/2025, answers inconsistent",
						(d) -> d.with((e) -> {
							e.date = UMRAH_MANDIRI;
							e.purpose = Purpose.UMRAH;
							e.destination = "SA";
							e.visa = VisaType.TOURIST;
						}).interview((i) -> i.purposeConsistent = false), "answers consistent",
						(d) -> d.interview((i) -> i.purposeConsistent = true), "interview.purposeConsistent", false),
				RowCase.departure("DC-018", 1, "passport held by someone else",
						(d) -> d.interview((i) -> i.passportHeldByOther = true), "in his own hands",
						(d) -> d.interview((i) -> i.passportHeldByOther = false), "interview.passportHeldByOther",
						true),
				RowCase.departure("DC-018", 1, "a recruiter waiting at the airport",
						(d) -> d.interview((i) -> i.recruiterPresent = true), "nobody waiting",
						(d) -> d.interview((i) -> i.recruiterPresent = false), "interview.recruiterPresent", true),
				RowCase.departure("DC-019", 1, "student on a student visa mentioning part-time work", (d) -> {
					d.purpose = Purpose.STUDY;
					d.visa = VisaType.STUDENT;
					d.interview((i) -> i.intendsToWork = true);
				}, "who does not mention work", (d) -> d.interview((i) -> i.intendsToWork = false),
						"interview.intendsToWork", true),
				RowCase.departure("DC-019", 2, "intern mentioning work", (d) -> {
					d.purpose = Purpose.INTERNSHIP;
					d.interview((i) -> i.intendsToWork = true);
				}, "purpose tourism (DC-010 instead)", (d) -> d.purpose = Purpose.TOURISM, "statedPurpose",
						"INTERNSHIP"),
				RowCase.departure("DC-019", 3, "self-employed trader working in his own business", (d) -> {
					d.purpose = Purpose.BUSINESS;
					d.interview((i) -> i.intendsToWork = true);
				}, "the day before UU 18/2017", (d) -> d.date = LocalDate.of(2017, 11, 21), "statedPurpose",
						"BUSINESS"),
				RowCase.departure("DC-020", 1, "tourist without a return ticket, not interviewed",
						(d) -> d.noInterview().returnTicket = false, "with a return ticket",
						(d) -> d.returnTicket = true, "returnTicket", false),
				RowCase.departure("DC-020", 2, "tourist to Malaysia, not interviewed",
						(d) -> d.noInterview().destination = "MY", "once interviewed", (d) -> d.interview((i) -> {
						}), "routeLists", List.of("DESTINATION_RISK")),
				RowCase.departure("DC-020", 2, "family visit through Hong Kong, not interviewed",
						(d) -> d.noInterview().with((e) -> e.purpose = Purpose.VISIT_FAMILY).transit = List.of("HK"),
						"a business trip", (d) -> d.purpose = Purpose.BUSINESS, "statedPurpose", "VISIT_FAMILY"),
				RowCase.departure("DC-021", 1, "documented domestic worker to Kuwait", (d) -> {
					d.procedural().destination = "KW";
					d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
				}, "to Japan", (d) -> d.destination = "JP", "destinationLists", List.of("MORATORIUM_260_2015")),
				RowCase.departure("DC-022", 1, "flagged by the passenger analysis unit",
						(d) -> d.passengerAnalysisFlag = true, "the flag not sent",
						(d) -> d.passengerAnalysisFlag = null, "passengerAnalysisFlag", true));
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
		assertThat(outcomes("DC-016", "DC-018", "DC-019", "DC-020", "DC-021", "DC-022"))
			.containsOnly(Outcome.SECONDARY_INSPECTION);
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
