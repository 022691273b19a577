package id.imigrasi.decisions.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import id.imigrasi.decisions.model.request.Interview;
import id.imigrasi.decisions.model.request.JobOffer;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.Occupation;
import id.imigrasi.decisions.model.request.Person;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.Sex;

/**
 * What decision-table conditions read about a case, common to both services: the request
 * flattened, plus the facts that depend on the legal date (age, list membership). Nothing
 * here decides anything; every criterion lives in a workbook.
 */
public abstract class CaseFacts {

	private final LocalDate legalDate;

	private final Person person;

	private final Purpose statedPurpose;

	private final String destinationCountry;

	private final Set<String> routeCountries;

	private final Set<String> destinationLists;

	private final Set<String> routeLists;

	private final Interview interview;

	/**
	 * @param listsOf the codes of the dated country lists (lists.xlsx) a country is on at
	 * the legal date
	 */
	protected CaseFacts(LocalDate legalDate, Person person, Purpose statedPurpose, String destinationCountry,
			List<String> transitCountries, Interview interview, Function<String, Set<String>> listsOf) {
		this.legalDate = legalDate;
		this.person = person;
		this.statedPurpose = statedPurpose;
		this.destinationCountry = destinationCountry;
		this.interview = interview;
		Set<String> route = new LinkedHashSet<>();
		if (destinationCountry != null) {
			route.add(destinationCountry);
		}
		if (transitCountries != null) {
			route.addAll(transitCountries);
		}
		this.routeCountries = Set.copyOf(route);
		this.destinationLists = (destinationCountry != null) ? Set.copyOf(listsOf.apply(destinationCountry)) : Set.of();
		Set<String> lists = new LinkedHashSet<>();
		route.forEach((country) -> lists.addAll(listsOf.apply(country)));
		this.routeLists = Set.copyOf(lists);
	}

	@FactPath("legalDate")
	public LocalDate getLegalDate() {
		return this.legalDate;
	}

	/** Age in whole years on the legal date: 18 on the day of the 18th birthday. */
	@FactPath(value = "age", derivedFrom = { "person.birthDate", "legalDate" }, triageOnly = true, labelId = "umur")
	public int getAge() {
		return Period.between(this.person.birthDate(), this.legalDate).getYears();
	}

	@FactPath(value = "person.sex", triageOnly = true, labelId = "jenis kelamin")
	public Sex getSex() {
		return this.person.sex();
	}

	@FactPath(value = "person.occupation", triageOnly = true, labelId = "pekerjaan")
	public Occupation getOccupation() {
		return this.person.occupation();
	}

	@FactPath(value = "person.domicile.province", triageOnly = true, labelId = "provinsi domisili")
	public String getDomicileProvince() {
		return (this.person.domicile() != null) ? this.person.domicile().province() : null;
	}

	@FactPath(value = "person.domicile.regency", triageOnly = true, labelId = "kabupaten/kota domisili")
	public String getDomicileRegency() {
		return (this.person.domicile() != null) ? this.person.domicile().regency() : null;
	}

	@FactPath("person.watchlist.preventionListMatch")
	public boolean isPreventionListMatch() {
		return this.person.watchlist().preventionListMatch();
	}

	@FactPath("person.watchlist.wantedForInvestigation")
	public boolean isWantedForInvestigation() {
		return this.person.watchlist().wantedForInvestigation();
	}

	@FactPath("statedPurpose")
	public Purpose getStatedPurpose() {
		return this.statedPurpose;
	}

	@FactPath("destinationCountry")
	public String getDestinationCountry() {
		return this.destinationCountry;
	}

	/** Destination and transit countries together. */
	@FactPath(value = "routeCountries", derivedFrom = { "destinationCountry", "transitCountries" })
	public Set<String> getRouteCountries() {
		return this.routeCountries;
	}

	/** Codes of the lists (lists.xlsx) the destination is on at the legal date. */
	@FactPath(value = "destinationLists", derivedFrom = { "destinationCountry", "legalDate" })
	public Set<String> getDestinationLists() {
		return this.destinationLists;
	}

	/**
	 * Codes of the lists the destination or any transit country is on at the legal date.
	 */
	@FactPath(value = "routeLists", derivedFrom = { "destinationCountry", "transitCountries", "legalDate" })
	public Set<String> getRouteLists() {
		return this.routeLists;
	}

	/**
	 * Whether an officer has interviewed the person yet (the request has an interview).
	 */
	@FactPath(value = "interviewed", derivedFrom = "interview")
	public boolean isInterviewed() {
		return this.interview != null;
	}

	@FactPath("interview.purposeConsistent")
	public Boolean getPurposeConsistent() {
		return (this.interview != null) ? this.interview.purposeConsistent() : null;
	}

	@FactPath("interview.canStateTripDuration")
	public Boolean getCanStateTripDuration() {
		return (this.interview != null) ? this.interview.canStateTripDuration() : null;
	}

	/*
	 * The yes/no answers below are true only when the interview established them: a
	 * question not asked counts as "not shown". They are primitive on purpose: Drools'
	 * executable model unboxes a null Boolean inside a combined condition and fails (see
	 * kjar/README.md).
	 */

	@FactPath("interview.intendsToWork")
	public boolean isIntendsToWork() {
		return this.interview != null && Boolean.TRUE.equals(this.interview.intendsToWork());
	}

	/** Whether the interview found a job offer of any sector. */
	@FactPath(value = "jobOffered", derivedFrom = "interview.jobOffer")
	public boolean isJobOffered() {
		return jobOffer() != null;
	}

	@FactPath("interview.jobOffer.sector")
	public JobSector getJobSector() {
		return (jobOffer() != null) ? jobOffer().sector() : null;
	}

	@FactPath("interview.jobOffer.employerKnown")
	public Boolean getEmployerKnown() {
		return (jobOffer() != null) ? jobOffer().employerKnown() : null;
	}

	@FactPath("interview.recruitedVia")
	public RecruitmentChannel getRecruitedVia() {
		return (this.interview != null) ? this.interview.recruitedVia() : null;
	}

	@FactPath("interview.recruiterPresent")
	public boolean isRecruiterPresent() {
		return this.interview != null && Boolean.TRUE.equals(this.interview.recruiterPresent());
	}

	@FactPath("interview.costsPaidByThirdParty")
	public boolean isCostsPaidByThirdParty() {
		return this.interview != null && Boolean.TRUE.equals(this.interview.costsPaidByThirdParty());
	}

	@FactPath("interview.passportHeldByOther")
	public boolean isPassportHeldByOther() {
		return this.interview != null && Boolean.TRUE.equals(this.interview.passportHeldByOther());
	}

	@FactPath("interview.willingToTestify")
	public boolean isWillingToTestify() {
		return this.interview != null && Boolean.TRUE.equals(this.interview.willingToTestify());
	}

	private JobOffer jobOffer() {
		return (this.interview != null) ? this.interview.jobOffer() : null;
	}

}
