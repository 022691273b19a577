package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.Sex;
import id.imigrasi.decisions.model.Urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every row of the referral table (SPEC 5, RF-001 to RF-041, for both services) fires on
 * its case, refers to its agency, and stays silent on a near miss that changes one fact.
 */
class ReferralRowsTest {

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	static List<RowCase> rows() {
		return List.of(
				RowCase.departure("RF-001", 1, "recruiter waiting at the airport",
						(d) -> d.interview((i) -> i.recruiterPresent = true), "nobody waiting",
						(d) -> d.interview((i) -> i.recruiterPresent = false), "interview.recruiterPresent", true),
				RowCase.departure("RF-001", 1, "passport held by someone else",
						(d) -> d.interview((i) -> i.passportHeldByOther = true), "holds it herself",
						(d) -> d.interview((i) -> i.passportHeldByOther = false), "interview.passportHeldByOther",
						true),
				RowCase.passport("RF-001", 1, "applicant whose fees a third party paid",
						(p) -> p.interview((i) -> i.costsPaidByThirdParty = true), "who paid herself",
						(p) -> p.interview((i) -> i.costsPaidByThirdParty = false), "interview.costsPaidByThirdParty",
						true),
				RowCase.departure("RF-001", 1, "online-scam job offer",
						(d) -> d.interview((i) -> i.sector = JobSector.ONLINE_SCAM_OR_GAMBLING), "a factory job",
						(d) -> d.interview((i) -> i.sector = JobSector.FACTORY), "interview.jobOffer.sector",
						"ONLINE_SCAM_OR_GAMBLING"),
				RowCase.departure("RF-002", 1, "unrelated escort with a recruiter present", (d) -> {
					d.accompaniedBy = Companion.UNRELATED_ESCORT;
					d.interview((i) -> i.recruiterPresent = true);
				}, "travelling with family", (d) -> d.accompaniedBy = Companion.FAMILY, "accompaniedBy",
						"UNRELATED_ESCORT"),
				RowCase.passport("RF-003", 1, "false statement proven (PA-003)", (p) -> p.falseStatement = true,
						"not proven", (p) -> p.falseStatement = false, "findings", List.of("PA-003")),
				RowCase.passport("RF-003", 2, "suspected forgery (PA-004)", (p) -> p.forgery = true,
						"no forgery suspected", (p) -> p.forgery = false, "findings", List.of("PA-004")),
				RowCase.departure("RF-004", 1, "deferred for a scam job offer (DC-014)",
						(d) -> d.interview((i) -> i.sector = JobSector.ONLINE_SCAM_OR_GAMBLING), "a fishing job",
						(d) -> d.interview((i) -> i.sector = JobSector.FISHING), "findings", List.of("DC-014")),
				RowCase.departure("RF-005", 1, "deferred under the moratorium (DC-013)", (d) -> {
					d.destination = "KW";
					d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
				}, "to Singapore", (d) -> d.destination = "SG", "findings", List.of("DC-013")),
				RowCase.passport("RF-006", 1, "child applying to work, recruited on social media",
						(p) -> p.with(ReferralRowsTest::childApplyingForWork)
							.interview((i) -> i.recruitedVia = RecruitmentChannel.SOCIAL_MEDIA),
						"not recruited", (p) -> p.interview((i) -> i.recruitedVia = RecruitmentChannel.NONE),
						"interview.recruitedVia", "SOCIAL_MEDIA"),
				RowCase.passport("RF-006", 1, "child applying to work, placed by a licensed P3MI",
						(p) -> p.with(ReferralRowsTest::childApplyingForWork)
							.interview((i) -> i.recruitedVia = RecruitmentChannel.LICENSED_P3MI),
						"18 today", (p) -> p.person.turns18On(Cases.DAY), "interview.recruitedVia", "LICENSED_P3MI"),
				RowCase.passport("RF-006", 2, "child applying to work, recruiter present",
						(p) -> p.with(ReferralRowsTest::childApplyingForWork)
							.interview((i) -> i.recruiterPresent = true),
						"no recruiter", (p) -> p.interview((i) -> i.recruiterPresent = false),
						"interview.recruiterPresent", true),
				RowCase.departure("RF-006", 3, "child with a job offer travelling alone", (d) -> {
					d.person.minor();
					d.accompaniedBy = Companion.NONE;
					d.interview((i) -> i.sector = JobSector.FACTORY);
				}, "with a parent", (d) -> d.accompaniedBy = Companion.PARENT_OR_GUARDIAN, "accompaniedBy", "NONE"),
				RowCase.departure("RF-006", 3, "child with a job offer whose companion is not recorded", (d) -> {
					d.person.minor();
					d.accompaniedBy = null;
					d.interview((i) -> i.sector = JobSector.FACTORY);
				}, "with family", (d) -> d.accompaniedBy = Companion.FAMILY, "age", 17),
				RowCase.departure("RF-007", 1, "man with a recruiter waiting", (d) -> {
					d.person.sex = Sex.M;
					d.interview((i) -> i.recruiterPresent = true);
				}, "a woman (the UPTD PPA instead)", (d) -> d.person.sex = Sex.F, "person.sex", "M"),
				RowCase.passport("RF-010", 1, "refused: says she will work (PA-050)",
						(p) -> p.interview((i) -> i.intendsToWork = true), "does not",
						(p) -> p.interview((i) -> i.intendsToWork = false), "findings", List.of("PA-050")),
				RowCase.departure("RF-010", 1, "deferred: unregistered worker (DC-010)",
						(d) -> d.procedural().worker = new MigrantWorker(false, true, true, true, true), "registered",
						(d) -> d.worker = new MigrantWorker(true, true, true, true, true), "findings",
						List.of("DC-010")),
				RowCase.departure("RF-010", 1, "deferred: no return ticket, no duration (DC-012)",
						(d) -> d.with((e) -> e.returnTicket = false).interview((i) -> i.canStateTripDuration = false),
						"with a return ticket", (d) -> d.returnTicket = true, "findings", List.of("DC-012")),
				RowCase.departure("RF-010", 1, "deferred under the moratorium (DC-013)", (d) -> {
					d.destination = "AE";
					d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
				}, "to Hong Kong", (d) -> d.destination = "HK", "findings", List.of("DC-013")),
				RowCase.passport("RF-011", 1, "adult applying to work without a recommendation",
						(p) -> p.purpose = Purpose.WORK, "with one",
						(p) -> p.documents(DocumentType.DISNAKER_RECOMMENDATION), "statedPurpose", "WORK"),
				RowCase.passport("RF-011", 1, "adult who says at interview she will work",
						(p) -> p.interview((i) -> i.intendsToWork = true), "a child (refer to UPTD PPA instead)",
						(p) -> p.person.minor(), "age", 35),
				RowCase.passport("RF-011", 1, "adult tourist with a job offer",
						(p) -> p.interview((i) -> i.sector = JobSector.HOSPITALITY),
						"an admitted student (not a migrant worker)", (p) -> {
							p.purpose = Purpose.STUDY;
							p.documents(DocumentType.ADMISSION_LETTER);
						}, "jobOffered", true),
				RowCase.departure("RF-011", 2, "adult worker leaving unregistered",
						(d) -> d.procedural().worker = new MigrantWorker(false, true, true, true, true), "registered",
						(d) -> d.worker = new MigrantWorker(true, true, true, true, true),
						"migrantWorker.registeredCpmi", false),
				RowCase.departure("RF-020", 1, "woman with a recruiter present", (d) -> {
					d.person.sex = Sex.F;
					d.interview((i) -> i.recruiterPresent = true);
				}, "a man", (d) -> d.person.sex = Sex.M, "person.sex", "F"),
				RowCase.departure("RF-020", 1, "boy of 17 whose passport someone else holds", (d) -> {
					d.person.minor();
					d.interview((i) -> i.passportHeldByOther = true);
				}, "who holds it himself", (d) -> d.interview((i) -> i.passportHeldByOther = false), "age", 17),
				RowCase.departure("RF-021", 1, "costs paid by a third party",
						(d) -> d.interview((i) -> i.costsPaidByThirdParty = true), "paid herself",
						(d) -> d.interview((i) -> i.costsPaidByThirdParty = false), "interview.costsPaidByThirdParty",
						true),
				RowCase.departure("RF-021", 1, "passport held by the agent (a recruiter is present too)",
						(d) -> d.interview((i) -> {
							i.recruiterPresent = true;
							i.passportHeldByOther = true;
						}), "passport in her own hands", (d) -> d.interview((i) -> i.passportHeldByOther = false),
						"interview.passportHeldByOther", true),
				RowCase.passport("RF-022", 1, "child applying to work",
						(p) -> p.with(ReferralRowsTest::childApplyingForWork), "18 today",
						(p) -> p.person.turns18On(Cases.DAY), "age", 17),
				RowCase.passport("RF-022", 1, "child tourist who says she will work", (p) -> {
					p.person.minor();
					p.interview((i) -> i.intendsToWork = true);
				}, "who does not", (p) -> p.interview((i) -> i.intendsToWork = false), "interview.intendsToWork", true),
				RowCase.departure("RF-022", 1, "child with a job offer, travelling with a parent", (d) -> {
					d.person.minor();
					d.accompaniedBy = Companion.PARENT_OR_GUARDIAN;
					d.interview((i) -> i.sector = JobSector.DOMESTIC_WORK);
				}, "no job offer", (d) -> d.interview((i) -> i.sector = null), "jobOffered", true), RowCase
					.departure("RF-030", 1, "trafficking indicator and willing to testify", (d) -> d.interview((i) -> {
						i.costsPaidByThirdParty = true;
						i.willingToTestify = true;
					}), "not willing", (d) -> d.interview((i) -> i.willingToTestify = false),
							"interview.willingToTestify", true),
				RowCase.departure("RF-040", 1, "to Cambodia with a recruiter present", (d) -> {
					d.destination = "KH";
					d.interview((i) -> i.recruiterPresent = true);
				}, "to Thailand", (d) -> d.destination = "TH", "routeCountries", List.of("KH")),
				RowCase.departure("RF-040", 1, "through Laos with a third party paying", (d) -> {
					d.destination = "TH";
					d.transit = List.of("LA");
					d.interview((i) -> i.costsPaidByThirdParty = true);
				}, "paying herself", (d) -> d.interview((i) -> i.costsPaidByThirdParty = false),
						"interview.costsPaidByThirdParty", true),
				RowCase.departure("RF-041", 1, "deferred for the scam recruitment pattern (DC-014)", (d) -> {
					d.destination = "KH";
					d.interview((i) -> i.recruitedVia = RecruitmentChannel.SOCIAL_MEDIA);
				}, "recruited by a relative",
						(d) -> d.interview((i) -> i.recruitedVia = RecruitmentChannel.RELATIVE_OR_NEIGHBOUR),
						"findings", List.of("DC-014")));
	}

	/** 17, applying for a passport to work, with the documents a worker needs. */
	static void childApplyingForWork(Cases.PassportBuilder p) {
		p.purpose = Purpose.WORK;
		p.person.minor();
		p.documents(DocumentType.DISNAKER_RECOMMENDATION, DocumentType.HEALTH_CERTIFICATE,
				DocumentType.PARENTAL_CONSENT);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void shouldFireTheRowAndReferOnItsCase(RowCase row) {
		assertFires(engine, row);
	}

	/** The row fires on its case in {@code engine}, explained. */
	static void assertFires(DecisionEngine engine, RowCase row) {
		Decision decision = Explanations.evaluate(engine, row.firing());

		Finding finding = Explanations.findingAt(decision, row.source(engine.ruleset().info()));
		assertThat(finding.ruleId()).isEqualTo(row.ruleId());
		assertThat(finding.table()).isEqualTo("referral");
		assertThat(finding.outcome()).isEqualTo(Outcome.REFER);
		assertThat(finding.decisive()).isFalse();
		assertThat(finding.facts()).containsEntry(row.fact(), row.value());
		Referral referral = Explanations.referral(decision, finding.agency());
		assertThat(referral.ruleIds()).contains(row.ruleId());
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
		assertThat(decision.referrals()).noneMatch((r) -> r.ruleIds().contains(row.ruleId()));
	}

	@Test
	void shouldReferToTheAgencyWithTheUrgencyOfSpecSection5() {
		Map<String, String> expected = Map.ofEntries(Map.entry("RF-001", "POLRI IMMEDIATE"),
				Map.entry("RF-002", "POLRI IMMEDIATE"), Map.entry("RF-003", "PPNS_IMIGRASI ROUTINE"),
				Map.entry("RF-004", "POLRI IMMEDIATE"), Map.entry("RF-005", "POLRI ROUTINE"),
				Map.entry("RF-006", "POLRI IMMEDIATE"), Map.entry("RF-007", "DINSOS ROUTINE"),
				Map.entry("RF-010", "KP2MI ROUTINE"), Map.entry("RF-011", "DISNAKER ROUTINE"),
				Map.entry("RF-020", "UPTD_PPA IMMEDIATE"), Map.entry("RF-021", "DINSOS ROUTINE"),
				Map.entry("RF-022", "UPTD_PPA IMMEDIATE"), Map.entry("RF-030", "LPSK ROUTINE"),
				Map.entry("RF-040", "PERWAKILAN_RI ROUTINE"), Map.entry("RF-041", "PERWAKILAN_RI ROUTINE"));

		Map<String, String> inWorkbook = referralRows().stream()
			.collect(Collectors.toMap(RulesetInfo.Row::ruleId, (r) -> r.agency() + " " + r.urgency(), (a, b) -> {
				assertThat(a).as("alternative rows of one ID refer to one agency").isEqualTo(b);
				return a;
			}));

		assertThat(inWorkbook).isEqualTo(expected);
	}

	/**
	 * The referral column of SPEC 5: a case of the row, the agencies it must be referred
	 * to (others may be added by other rows) and their urgency where SPEC 5 gives one.
	 */
	static Stream<Arguments> specReferrals() {
		return Stream.of(
				arguments("PA-003", Cases.passport((p) -> p.falseStatement = true),
						Map.of(Agency.PPNS_IMIGRASI, Urgency.ROUTINE)),
				arguments("PA-004", Cases.passport((p) -> p.forgery = true),
						Map.of(Agency.PPNS_IMIGRASI, Urgency.ROUTINE)),
				arguments("PA-010", Cases.passport((p) -> p.purpose = Purpose.WORK),
						Map.of(Agency.DISNAKER, Urgency.ROUTINE)),
				arguments("PA-011", Cases.passport(ReferralRowsTest::childApplyingForWork),
						Map.of(Agency.UPTD_PPA, Urgency.IMMEDIATE)),
				arguments("PA-011",
						Cases.passport()
							.with(ReferralRowsTest::childApplyingForWork)
							.interview((i) -> i.recruitedVia = RecruitmentChannel.RELATIVE_OR_NEIGHBOUR)
							.build(),
						Map.of(Agency.UPTD_PPA, Urgency.IMMEDIATE, Agency.POLRI, Urgency.IMMEDIATE)),
				arguments("PA-050", Cases.passport().interview((i) -> i.intendsToWork = true).build(),
						Map.of(Agency.KP2MI, Urgency.ROUTINE, Agency.DISNAKER, Urgency.ROUTINE)),
				arguments("DC-010", Cases.departure().interview((i) -> i.intendsToWork = true).build(),
						Map.of(Agency.KP2MI, Urgency.ROUTINE)),
				arguments("DC-012",
						Cases.departure()
							.with((d) -> d.returnTicket = false)
							.interview((i) -> i.purposeConsistent = false)
							.build(),
						Map.of(Agency.KP2MI, Urgency.ROUTINE)),
				arguments("DC-013", Cases.departure().with((d) -> d.destination = "QA").interview((i) -> {
					i.sector = JobSector.DOMESTIC_WORK;
				}).build(), Map.of(Agency.POLRI, Urgency.ROUTINE, Agency.KP2MI, Urgency.ROUTINE)),
				arguments("DC-014",
						Cases.departure().interview((i) -> i.sector = JobSector.ONLINE_SCAM_OR_GAMBLING).build(),
						Map.of(Agency.POLRI, Urgency.IMMEDIATE, Agency.PERWAKILAN_RI, Urgency.ROUTINE)),
				arguments("DC-015", Cases.departure((d) -> {
					d.person.minor();
					d.accompaniedBy = Companion.NONE;
					d.interview((i) -> i.sector = JobSector.CONSTRUCTION);
				}), Map.of(Agency.UPTD_PPA, Urgency.IMMEDIATE, Agency.POLRI, Urgency.IMMEDIATE)),
				arguments("DC-018", Cases.departure().interview((i) -> i.passportHeldByOther = true).build(),
						Map.of(Agency.POLRI, Urgency.IMMEDIATE, Agency.DINSOS, Urgency.ROUTINE)),
				arguments("PA-014", Cases.passport((p) -> {
					p.person.minor();
					p.documents(DocumentType.PARENTAL_CONSENT);
					p.interview((i) -> i.sector = JobSector.FACTORY);
				}), Map.of(Agency.UPTD_PPA, Urgency.IMMEDIATE)));
	}

	@Test
	void shouldSendAnHonestWorkApplicantToDisnakerOnlyNotToKp2mi() {
		Decision decision = engine.evaluate(Cases.passport((p) -> p.purpose = Purpose.WORK));

		assertThat(Explanations.ruleIds(decision)).contains("PA-010", "RF-011").doesNotContain("RF-010");
		assertThat(decision.referrals()).extracting(Referral::agency).containsExactly(Agency.DISNAKER);
	}

	@Test
	void shouldNeverReferAChildToTheDisnakerButAlwaysToTheUptdPpa() {
		Decision decision = engine.evaluate(Cases.passport((p) -> {
			p.person.minor();
			p.interview((i) -> i.intendsToWork = true);
		}));

		assertThat(decision.referrals()).extracting(Referral::agency)
			.contains(Agency.UPTD_PPA)
			.doesNotContain(Agency.DISNAKER);
	}

	@ParameterizedTest(name = "{0} refers to {2}")
	@MethodSource("specReferrals")
	void shouldReferTheCaseOfARowToTheAgenciesSpecSection5Names(String ruleId, Object request,
			Map<Agency, Urgency> expected) {
		Decision decision = Explanations.evaluate(engine, request);

		assertThat(Explanations.ruleIds(decision)).contains(ruleId);
		expected.forEach((agency, urgency) -> assertThat(Explanations.referral(decision, agency).urgency())
			.as("urgency of %s", agency)
			.isEqualTo(urgency));
	}

	@Test
	void shouldCoverEveryRowOfTheTable() {
		Set<String> covered = rows().stream()
			.map((row) -> row.source(engine.ruleset().info()))
			.collect(Collectors.toSet());

		assertThat(covered)
			.containsExactlyInAnyOrderElementsOf(referralRows().stream().map(RulesetInfo.Row::source).toList());
	}

	@Test
	void shouldReferAChildAtOnceToTheUptdPpaAndPolriWhenDeferredForWork() {
		Decision decision = engine.evaluate(Cases.departure((d) -> {
			d.person.minor();
			d.accompaniedBy = Companion.UNRELATED_ESCORT;
			d.interview((i) -> i.sector = JobSector.FACTORY);
		}));

		assertThat(Explanations.referral(decision, Agency.UPTD_PPA).urgency()).isEqualTo(Urgency.IMMEDIATE);
		assertThat(Explanations.referral(decision, Agency.POLRI).urgency()).isEqualTo(Urgency.IMMEDIATE);
	}

	private static List<RulesetInfo.Row> referralRows() {
		return engine.ruleset().info().rows().stream().filter((r) -> r.table().equals("referral")).toList();
	}

}
