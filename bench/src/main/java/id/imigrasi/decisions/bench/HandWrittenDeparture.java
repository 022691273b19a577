package id.imigrasi.decisions.bench;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.Interview;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.Sex;
import id.imigrasi.decisions.model.request.TravelDocumentType;
import id.imigrasi.decisions.model.request.VisaType;

/**
 * BENCHMARK BASELINE ONLY, NOT PRODUCT LOGIC. The departure and referral rows of the
 * decision tables (as of {@link Corpus#CHECK_DATE}) transcribed by hand into plain Java:
 * what the JVM does without a rule engine, the physical limit the engine is measured
 * against. The spreadsheets remain the only source of rules; {@code EquivalenceTest}
 * checks on the whole corpus that this class fires exactly the rows the engine fires. It
 * knows nothing of validFrom/validTo, citations or explanations, which the engine also
 * produces.
 */
public final class HandWrittenDeparture {

	/** Rule IDs of the rows that match, departure (DC-) then referral (RF-) rows. */
	public record Result(Outcome recommendation, List<String> ruleIds) {
	}

	private final CountryLists lists;

	public HandWrittenDeparture(CountryLists lists) {
		this.lists = lists;
	}

	public Result evaluate(Departure d) {
		LocalDate date = d.checkDate();
		List<String> ids = new ArrayList<>(4);
		Outcome outcome = Outcome.ALLOW;
		Interview interview = d.interview();
		boolean interviewed = interview != null;
		MigrantWorker worker = d.migrantWorker();
		Purpose purpose = d.statedPurpose();
		JobSector sector = (interviewed && interview.jobOffer() != null) ? interview.jobOffer().sector() : null;
		RecruitmentChannel recruitedVia = interviewed ? interview.recruitedVia() : null;
		boolean intendsToWork = interviewed && Boolean.TRUE.equals(interview.intendsToWork());
		boolean recruiterPresent = interviewed && Boolean.TRUE.equals(interview.recruiterPresent());
		boolean costsPaid = interviewed && Boolean.TRUE.equals(interview.costsPaidByThirdParty());
		boolean passportHeld = interviewed && Boolean.TRUE.equals(interview.passportHeldByOther());
		boolean registered = worker != null && Boolean.TRUE.equals(worker.registeredCpmi());
		boolean seeksWork = intendsToWork || purpose == Purpose.WORK;
		int age = Period.between(d.person().birthDate(), date).getYears();
		boolean visitLike = purpose == Purpose.TOURISM || purpose == Purpose.VISIT_FAMILY || purpose == Purpose.UMRAH;
		boolean viaMekong = onRoute(d, "KH") || onRoute(d, "MM") || onRoute(d, "LA");

		if (d.travelDocument().expiryDate().isBefore(date) || d.travelDocument().type() == TravelDocumentType.OTHER) {
			ids.add("DC-001");
			outcome = Outcome.REFUSE_EXIT;
		}
		if (d.person().watchlist().wantedForInvestigation()) {
			ids.add("DC-002");
			outcome = Outcome.REFUSE_EXIT;
		}
		if (d.person().watchlist().preventionListMatch()) {
			ids.add("DC-003");
			outcome = Outcome.REFUSE_EXIT;
		}
		boolean dc010 = seeksWork && !(registered && Boolean.TRUE.equals(worker.workVisa())
				&& Boolean.TRUE.equals(worker.placementAgreement())
				&& Boolean.TRUE.equals(worker.employmentContract()));
		boolean dc011 = (purpose == Purpose.HAJJ && d.visaType() != VisaType.HAJJ)
				|| (purpose == Purpose.UMRAH && d.visaType() != VisaType.UMRAH)
				|| (purpose == Purpose.WORK && d.visaType() != VisaType.WORK);
		boolean dc012 = visitLike && !d.returnTicket() && interviewed
				&& (Boolean.FALSE.equals(interview.canStateTripDuration())
						|| Boolean.FALSE.equals(interview.purposeConsistent()));
		boolean dc013 = sector == JobSector.DOMESTIC_WORK && this.lists.moratorium().contains(d.destinationCountry());
		boolean dc014 = sector == JobSector.ONLINE_SCAM_OR_GAMBLING
				|| (viaMekong && (recruitedVia == RecruitmentChannel.SOCIAL_MEDIA
						|| recruitedVia == RecruitmentChannel.INDIVIDUAL_AGENT));
		boolean dc015 = age < 18
				&& (d.accompaniedBy() == Companion.UNRELATED_ESCORT || d.accompaniedBy() == Companion.NONE)
				&& (sector != null || purpose == Purpose.WORK);
		outcome = defer(ids, dc010, "DC-010", outcome);
		outcome = defer(ids, dc011, "DC-011", outcome);
		outcome = defer(ids, dc012, "DC-012", outcome);
		outcome = defer(ids, dc013, "DC-013", outcome);
		outcome = defer(ids, dc014, "DC-014", outcome);
		outcome = defer(ids, dc015, "DC-015", outcome);
		if (visitLike && !interviewed && (!d.returnTicket() || onRiskRoute(d))) {
			ids.add("DC-020");
			if (outcome == Outcome.ALLOW) {
				outcome = Outcome.SECONDARY_INSPECTION;
			}
		}

		boolean indicator = recruiterPresent || passportHeld || costsPaid
				|| sector == JobSector.ONLINE_SCAM_OR_GAMBLING;
		add(ids, indicator, "RF-001");
		add(ids, recruiterPresent && d.accompaniedBy() == Companion.UNRELATED_ESCORT, "RF-002");
		add(ids, dc014 || dc015, "RF-004");
		add(ids, dc013, "RF-005");
		add(ids, dc010 || dc012 || dc013, "RF-010");
		add(ids, seeksWork && age >= 18 && !registered, "RF-011");
		add(ids, indicator && (d.person().sex() == Sex.F || age < 18), "RF-020");
		add(ids, indicator && (costsPaid || passportHeld), "RF-021");
		add(ids, dc015, "RF-022");
		add(ids, indicator && interviewed && Boolean.TRUE.equals(interview.willingToTestify()), "RF-030");
		add(ids, indicator && viaMekong, "RF-040");
		add(ids, dc014, "RF-041");
		return new Result(outcome, ids);
	}

	private static Outcome defer(List<String> ids, boolean matches, String ruleId, Outcome outcome) {
		if (!matches) {
			return outcome;
		}
		ids.add(ruleId);
		return (outcome == Outcome.REFUSE_EXIT) ? outcome : Outcome.DEFER;
	}

	private static void add(List<String> ids, boolean matches, String ruleId) {
		if (matches) {
			ids.add(ruleId);
		}
	}

	private static boolean onRoute(Departure d, String country) {
		return country.equals(d.destinationCountry())
				|| (d.transitCountries() != null && d.transitCountries().contains(country));
	}

	private boolean onRiskRoute(Departure d) {
		if (this.lists.destinationRisk().contains(d.destinationCountry())) {
			return true;
		}
		if (d.transitCountries() != null) {
			for (String country : d.transitCountries()) {
				if (this.lists.destinationRisk().contains(country)) {
					return true;
				}
			}
		}
		return false;
	}

}
