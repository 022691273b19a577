package id.imigrasi.decisions.engine;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.Sex;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.model.request.VisaType;

import static id.imigrasi.decisions.engine.Cases.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How findings become a recommendation (SPEC 2.1, 2.2, 2.4): the most severe outcome
 * wins, every finding is listed most severe first, and referrals merge per agency.
 */
class PrecedenceTest {

	private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator
		.comparingInt((Finding f) -> f.outcome().severity())
		.reversed();

	private static DecisionEngine engine;

	@BeforeAll
	static void loadRuleset() throws RulesetException {
		engine = new DecisionEngine(Ruleset.embedded());
	}

	@Test
	void shouldRefuseAnApplicationWhenRefuseSuspendInterviewAndDocumentsAllMatch() {
		Decision decision = engine.evaluate(Cases.passport((p) -> {
			p.person.prevention = true;
			p.forgery = true;
			p.purpose = Purpose.INTERNSHIP;
			p.destination = "MY";
		}));

		assertThat(decision.recommendation()).isEqualTo(Outcome.REFUSE);
		assertThat(Explanations.ruleIds(decision)).containsExactly("PA-001", "PA-004", "PA-060", "PA-013", "RF-003");
		assertThat(decision.findings()).extracting(Finding::outcome)
			.containsExactly(Outcome.REFUSE, Outcome.SUSPEND, Outcome.IN_DEPTH_INTERVIEW, Outcome.REQUEST_DOCUMENTS,
					Outcome.REFER);
	}

	@Test
	void shouldSuspendOverAnInterviewAndMissingDocuments() {
		Decision decision = engine.evaluate(Cases.passport((p) -> {
			p.duplicate = true;
			p.purpose = Purpose.UMRAH;
			p.destination = "SA";
		}));

		assertThat(decision.recommendation()).isEqualTo(Outcome.SUSPEND);
		assertThat(Explanations.ruleIds(decision)).containsExactly("PA-005", "PA-060", "PA-020");
	}

	@Test
	void shouldAskForAnInterviewBeforeAskingForDocuments() {
		Decision decision = engine.evaluate(Cases.passport((p) -> {
			p.purpose = Purpose.INTERNSHIP;
			p.destination = "JP";
		}));

		assertThat(decision.recommendation()).isEqualTo(Outcome.IN_DEPTH_INTERVIEW);
		assertThat(Explanations.ruleIds(decision)).containsExactly("PA-060", "PA-013");
	}

	@Test
	void shouldRefuseExitOverDeferAndSecondaryInspection() {
		Decision decision = engine.evaluate(Cases.departure((d) -> {
			d.expiry = DAY.minusDays(1);
			d.purpose = Purpose.UMRAH;
			d.destination = "SA";
			d.visa = VisaType.TOURIST;
			d.returnTicket = false;
			d.noInterview();
		}));

		assertThat(decision.recommendation()).isEqualTo(Outcome.REFUSE_EXIT);
		assertThat(Explanations.ruleIds(decision)).containsExactly("DC-001", "DC-011", "DC-020", "DC-020");
		assertThat(decision.findings()).isSortedAccordingTo(MOST_SEVERE_FIRST);
	}

	@Test
	void shouldDeferOverSecondaryInspection() {
		Decision decision = engine.evaluate(Cases.departure((d) -> {
			d.purpose = Purpose.HAJJ;
			d.visa = VisaType.VISIT;
			d.destination = "SA";
			d.noInterview();
		}));

		assertThat(decision.recommendation()).isEqualTo(Outcome.DEFER);
		assertThat(decision.findings()).extracting(Finding::ruleId, Finding::outcome, Finding::decisive)
			.containsExactly(tuple("DC-011", Outcome.DEFER, true));
	}

	@Test
	void shouldIssueAndAllowWhenNoRowMatches() {
		Decision application = engine.evaluate(Cases.passport().build());
		Decision departure = engine.evaluate(Cases.departure().build());

		assertThat(application.recommendation()).isEqualTo(Outcome.ISSUE);
		assertThat(departure.recommendation()).isEqualTo(Outcome.ALLOW);
		assertThat(application.findings()).isEmpty();
		assertThat(departure.findings()).isEmpty();
		assertThat(application.referrals()).isEmpty();
		assertThat(departure.referrals()).isEmpty();
	}

	@Test
	void shouldMarkEveryFindingWithTheWinningOutcomeAsDecisiveAndNoOther() {
		Decision decision = engine.evaluate(Cases.passport((p) -> {
			p.person.prevention = true;
			p.falseStatement = true;
			p.forgery = true;
		}));

		assertThat(decision.findings()).filteredOn(Finding::decisive)
			.extracting(Finding::ruleId)
			.containsExactly("PA-001", "PA-003");
		assertThat(decision.findings()).filteredOn((f) -> !f.decisive())
			.extracting(Finding::ruleId)
			.containsExactly("PA-004", "RF-003", "RF-003");
	}

	@Test
	void shouldNotLetAReferralChangeTheRecommendation() {
		// An adult tourist who mentions a factory job offer but does not say she will
		// take
		// it: nothing to defer, but the Disnaker is told about an unregistered worker.
		Decision decision = engine.evaluate(Cases.departure().interview((i) -> i.sector = JobSector.FACTORY).build());

		assertThat(decision.recommendation()).isEqualTo(Outcome.ALLOW);
		assertThat(decision.findings()).allSatisfy((f) -> {
			assertThat(f.outcome()).isEqualTo(Outcome.REFER);
			assertThat(f.decisive()).isFalse();
		});
		assertThat(Explanations.agencies(decision)).containsExactly(Agency.DISNAKER);
	}

	@Test
	void shouldNeverLeaveAnImmediateReferralBesideAllow() {
		// Revision 2 (SPEC 5.1 item 2): a trafficking indicator inspects as well as
		// refers.
		Decision decision = engine.evaluate(Cases.departure().interview((i) -> i.costsPaidByThirdParty = true).build());

		assertThat(decision.recommendation()).isEqualTo(Outcome.SECONDARY_INSPECTION);
		assertThat(Explanations.ruleIds(decision)).contains("DC-018", "RF-001");
		assertThat(Explanations.agencies(decision)).containsExactly(Agency.POLRI, Agency.DINSOS);
	}

	@Test
	void shouldMergeReferralsToOneEntryPerAgencyWithEveryRuleAndTheHighestUrgency() {
		// A woman with a domestic-work offer for Saudi Arabia (DC-013), a recruiter at
		// the airport who paid her ticket, willing to testify.
		Decision decision = engine.evaluate(Cases.departure((d) -> {
			d.person.sex = Sex.F;
			d.destination = "SA";
			d.interview((i) -> {
				i.sector = JobSector.DOMESTIC_WORK;
				i.recruiterPresent = true;
				i.costsPaidByThirdParty = true;
				i.willingToTestify = true;
			});
		}));

		assertThat(decision.recommendation()).isEqualTo(Outcome.DEFER);
		assertThat(Explanations.agencies(decision)).doesNotHaveDuplicates()
			.containsExactly(Agency.POLRI, Agency.UPTD_PPA, Agency.KP2MI, Agency.DISNAKER, Agency.DINSOS, Agency.LPSK);
		Referral polri = Explanations.referral(decision, Agency.POLRI);
		assertThat(polri.ruleIds()).containsExactly("RF-001", "RF-005");
		assertThat(polri.urgency()).isEqualTo(Urgency.IMMEDIATE);
		assertThat(polri.reasons()).extracting(Referral.RuleReason::ruleId).containsExactly("RF-001", "RF-005");
		assertThat(polri.reason().id()).contains(polri.reasons().get(0).id()).contains(polri.reasons().get(1).id());
		assertThat(polri.reason().en()).contains(polri.reasons().get(0).en()).contains(polri.reasons().get(1).en());
		assertThat(polri.legalBasis()).extracting(Citation::citation)
			.contains("UU 21/2007 Pasal 1 angka 1", "Kepmenaker 260/2015", "UU 21/2007 Pasal 4")
			.doesNotHaveDuplicates();
	}

	@Test
	void shouldListImmediateReferralsFirst() {
		Decision decision = engine.evaluate(Cases.departure((d) -> {
			d.destination = "KH";
			d.interview((i) -> {
				i.recruitedVia = RecruitmentChannel.SOCIAL_MEDIA;
				i.costsPaidByThirdParty = true;
			});
		}));

		assertThat(decision.referrals()).isSortedAccordingTo(Comparator.comparing(Referral::urgency));
		assertThat(decision.referrals()).extracting(Referral::agency, Referral::urgency)
			.containsExactly(tuple(Agency.POLRI, Urgency.IMMEDIATE), tuple(Agency.DINSOS, Urgency.ROUTINE),
					tuple(Agency.PERWAKILAN_RI, Urgency.ROUTINE));
		assertThat(Explanations.referral(decision, Agency.PERWAKILAN_RI).ruleIds()).containsExactly("RF-040", "RF-041");
	}

	@Test
	void shouldNameARuleOnceInAReferralWhenTwoOfItsAlternativeRowsFire() {
		Decision decision = engine.evaluate(Cases.passport((p) -> {
			ReferralRowsTest.childApplyingForWork(p);
			p.interview((i) -> {
				i.recruitedVia = RecruitmentChannel.INDIVIDUAL_AGENT;
				i.recruiterPresent = true;
			});
		}));

		assertThat(Explanations.ruleIds(decision)).containsSubsequence("RF-006", "RF-006");
		assertThat(Explanations.referral(decision, Agency.POLRI).ruleIds()).containsExactly("RF-001", "RF-006");
	}

	@Test
	void shouldSayTheDecisionIsAdvisoryAndNameServiceDateAndRuleset() {
		Decision decision = engine.evaluate(Cases.departure().build());

		assertThat(decision.advisory()).isTrue();
		assertThat(decision.service()).isEqualTo("departure");
		assertThat(decision.legalDate()).isEqualTo(DAY);
		assertThat(decision.ruleset()).isEqualTo(engine.ruleset().info().reference());
		assertThat(decision.decisionId()).isNotBlank();
		assertThat(engine.evaluate(Cases.passport().build()).service()).isEqualTo("passport-application");
	}

	@Test
	void shouldKeepFindingsOfEqualSeverityInWorkbookOrder() {
		Decision decision = engine.evaluate(Cases.passport((p) -> {
			p.purpose = Purpose.WORK;
			p.person.minor();
			p.documents(DocumentType.PARENTAL_CONSENT);
		}));

		assertThat(Explanations.ruleIds(decision)).startsWith("PA-010", "PA-011");
		TableCells passport = TableCells.of("passport-application.drl.xlsx");
		assertThat(passport.row("PA-010")).isLessThan(passport.row("PA-011"));
		assertThat(List.of(decision.findings().get(0).source(), decision.findings().get(1).source()))
			.containsExactly(passport.location("PA-010", 1, "Rule ID"), passport.location("PA-011", 1, "Rule ID"));
	}

}
