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
 * knows nothing of validFrom/validTo (the rows in force on the check date are
 * transcribed, those that are not are left out), citations or explanations, which the
 * engine also produces. Transcribed from the revision-2 tables (issue 13) frozen in
 * {@code frozen-tables/}.
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
		boolean jobOffered = interviewed && interview.jobOffer() != null;
		JobSector sector = jobOffered ? interview.jobOffer().sector() : null;
		RecruitmentChannel recruitedVia = interviewed ? interview.recruitedVia() : null;
		boolean intendsToWork = interviewed && Boolean.TRUE.equals(interview.intendsToWork());
		boolean recruiterPresent = interviewed && Boolean.TRUE.equals(interview.recruiterPresent());
		boolean costsPaid = interviewed && Boolean.TRUE.equals(interview.costsPaidByThirdParty());
		boolean passportHeld = interviewed && Boolean.TRUE.equals(interview.passportHeldByOther());
		boolean registered = worker != null && Boolean.TRUE.equals(worker.registeredCpmi());
		boolean documentsComplete = registered && Boolean.TRUE.equals(worker.workVisa())
				&& Boolean.TRUE.equals(worker.placementAgreement()) && Boolean.TRUE.equals(worker.employmentContract());
		boolean workNexus = intendsToWork || jobOffered || purpose == Purpose.WORK;
		int age = Period.between(d.person().birthDate(), date).getYears();
		boolean visitLike = purpose == Purpose.TOURISM || purpose == Purpose.VISIT_FAMILY || purpose == Purpose.UMRAH;
		boolean viaMekong = onRoute(d, "KH") || onRoute(d, "MM") || onRoute(d, "LA");
		boolean moratorium = this.lists.moratorium().contains(d.destinationCountry());
		boolean indicator = recruiterPresent || passportHeld || costsPaid
				|| sector == JobSector.ONLINE_SCAM_OR_GAMBLING;
		boolean studentVisaStudy = purpose == Purpose.STUDY && d.visaType() == VisaType.STUDENT;
		boolean notMigrantWork = studentVisaStudy || purpose == Purpose.INTERNSHIP || purpose == Purpose.BUSINESS;

		TravelDocumentType documentType = d.travelDocument().type();
		if (d.travelDocument().expiryDate().isBefore(date) || documentType == TravelDocumentType.OTHER
				|| (documentType == TravelDocumentType.PLB && !atLandBorderPostTowardDestination(d))) {
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
		// DC-010: purpose WORK, or says they will work unless a student with a student
		// visa, an intern or self-employed (those go to DC-019).
		boolean dc010 = !documentsComplete && (purpose == Purpose.WORK || (intendsToWork && !notMigrantWork));
		// DC-011: the umrah row is in force until 2025-09-03, so on the check date too.
		boolean dc011 = (purpose == Purpose.HAJJ && d.visaType() != VisaType.HAJJ)
				|| (purpose == Purpose.UMRAH && d.visaType() != VisaType.UMRAH)
				|| (purpose == Purpose.WORK && d.visaType() != VisaType.WORK);
		boolean dc012 = visitLike && !d.returnTicket() && interviewed
				&& (Boolean.FALSE.equals(interview.canStateTripDuration())
						|| Boolean.FALSE.equals(interview.purposeConsistent()));
		boolean dc013 = !documentsComplete && sector == JobSector.DOMESTIC_WORK && moratorium;
		boolean dc014 = sector == JobSector.ONLINE_SCAM_OR_GAMBLING
				|| (viaMekong && (recruitedVia == RecruitmentChannel.SOCIAL_MEDIA
						|| recruitedVia == RecruitmentChannel.INDIVIDUAL_AGENT));
		boolean dc015 = workNexus && age < 18;
		outcome = defer(ids, dc010, "DC-010", outcome);
		outcome = defer(ids, dc011, "DC-011", outcome);
		outcome = defer(ids, dc012, "DC-012", outcome);
		outcome = defer(ids, dc013, "DC-013", outcome);
		outcome = defer(ids, dc014, "DC-014", outcome);
		outcome = defer(ids, dc015, "DC-015", outcome);
		// DC-016 (umrah on another visa) is in force from 2025-09-04 only: not on the
		// check
		// date.
		outcome = inspect(ids, indicator, "DC-018", outcome);
		outcome = inspect(ids, intendsToWork && !documentsComplete && notMigrantWork, "DC-019", outcome);
		outcome = inspect(ids, visitLike && !interviewed && (!d.returnTicket() || onRiskRoute(d)), "DC-020", outcome);
		outcome = inspect(ids, documentsComplete && sector == JobSector.DOMESTIC_WORK && moratorium, "DC-021", outcome);
		outcome = inspect(ids, Boolean.TRUE.equals(d.passengerAnalysisFlag()), "DC-022", outcome);

		Companion companion = d.accompaniedBy();
		add(ids, indicator, "RF-001");
		add(ids, recruiterPresent && companion == Companion.UNRELATED_ESCORT, "RF-002");
		add(ids, dc014, "RF-004");
		add(ids, dc013, "RF-005");
		add(ids, workNexus && age < 18
				&& (recruitedVia == RecruitmentChannel.SOCIAL_MEDIA
						|| recruitedVia == RecruitmentChannel.INDIVIDUAL_AGENT
						|| recruitedVia == RecruitmentChannel.RELATIVE_OR_NEIGHBOUR
						|| recruitedVia == RecruitmentChannel.LICENSED_P3MI || recruiterPresent
						|| (companion != Companion.PARENT_OR_GUARDIAN && companion != Companion.FAMILY)),
				"RF-006");
		add(ids, indicator && d.person().sex() == Sex.M && age >= 18, "RF-007");
		add(ids, dc010 || dc012 || dc013, "RF-010");
		// RF-011's other row reads the documents of a passport application, never a
		// departure.
		add(ids, workNexus && purpose != Purpose.STUDY && purpose != Purpose.INTERNSHIP && purpose != Purpose.BUSINESS
				&& age >= 18 && !registered, "RF-011");
		add(ids, indicator && (d.person().sex() == Sex.F || age < 18), "RF-020");
		add(ids, indicator && (costsPaid || passportHeld), "RF-021");
		add(ids, workNexus && age < 18, "RF-022");
		add(ids, indicator && interviewed && Boolean.TRUE.equals(interview.willingToTestify()), "RF-030");
		add(ids, indicator && viaMekong, "RF-040");
		add(ids, dc014, "RF-041");
		return new Result(outcome, ids);
	}

	private static Outcome inspect(List<String> ids, boolean matches, String ruleId, Outcome outcome) {
		if (!matches) {
			return outcome;
		}
		ids.add(ruleId);
		return (outcome == Outcome.ALLOW) ? Outcome.SECONDARY_INSPECTION : outcome;
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

	/**
	 * A land-border post in force on the date (lists.xlsx, Pos Lintas Batas) toward the
	 * destination, with no transit.
	 */
	private boolean atLandBorderPostTowardDestination(Departure d) {
		String neighbour = (d.checkpoint() != null) ? this.lists.landBorderPosts().get(d.checkpoint()) : null;
		return neighbour != null && neighbour.equals(d.destinationCountry())
				&& (d.transitCountries() == null || d.transitCountries().isEmpty());
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
