package id.imigrasi.decisions.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.Domicile;
import id.imigrasi.decisions.model.request.Interview;
import id.imigrasi.decisions.model.request.JobOffer;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.request.Occupation;
import id.imigrasi.decisions.model.request.Person;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.Sex;
import id.imigrasi.decisions.model.request.TravelDocument;
import id.imigrasi.decisions.model.request.TravelDocumentType;
import id.imigrasi.decisions.model.request.VisaType;
import id.imigrasi.decisions.model.request.Watchlist;

/**
 * A realistic day at exit-check counters, generated from a seed: about three in four
 * travellers are clean (the fitting visa, a return ticket, often a short clean
 * interview), the rest carry one or two of the patterns the departure and referral rows
 * look for. The same seed always gives the same cases (java.util.Random is specified), so
 * every engine sees exactly the same work. All data is synthetic.
 */
public final class Corpus {

	/**
	 * The legal date of every case: fixed, so rows' validFrom and dated citations never
	 * depend on the day the benchmark runs.
	 */
	public static final LocalDate CHECK_DATE = LocalDate.of(2025, 5, 19);

	public static final long SEED = 20250519L;

	public static final int SIZE = 10_000;

	private static final String[] CHECKPOINTS = { "CGK", "DPS", "SUB", "KNO", "YIA", "BTH", "UPG" };

	/** Destinations on no list (lists.xlsx): clean trips need no secondary inspection. */
	private static final String[] PLAIN_DESTINATIONS = { "AU", "NL", "FR", "DE", "US", "GB", "CN", "IN", "NZ", "EG",
			"IT", "CH" };

	private static final String[] RISK_DESTINATIONS = { "MY", "SG", "HK", "TW", "KR", "JP", "TH", "BN" };

	private static final Purpose[] CLEAN_PURPOSES = { Purpose.TOURISM, Purpose.TOURISM, Purpose.TOURISM,
			Purpose.BUSINESS, Purpose.STUDY, Purpose.VISIT_FAMILY, Purpose.UMRAH, Purpose.HAJJ, Purpose.MEDICAL,
			Purpose.WORK, Purpose.OTHER };

	private final Random random;

	/**
	 * Drives the facts only the revision-2 rows read (issue 13), from its own stream, so
	 * the draws of {@link #random} and with them every other fact of a case stay as
	 * before.
	 */
	private final Random revision2;

	private int sequence;

	private Corpus(long seed) {
		this.random = new Random(seed);
		this.revision2 = new Random(seed + 13);
	}

	/** The benchmark corpus: {@value #SIZE} cases from {@value #SEED}. */
	public static List<Departure> standard() {
		return generate(SEED, SIZE);
	}

	public static List<Departure> generate(long seed, int size) {
		Corpus corpus = new Corpus(seed);
		List<Departure> cases = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			cases.add(corpus.next());
		}
		return List.copyOf(cases);
	}

	/**
	 * As many cases as asked from a seed, made one at a time as they are taken: for
	 * corpora too large to hold (the impact run's decision log).
	 */
	public static java.util.stream.Stream<Departure> stream(long seed, long size) {
		Corpus corpus = new Corpus(seed);
		return java.util.stream.Stream.generate(corpus::next).limit(size);
	}

	private Departure next() {
		Draft d = clean();
		if (this.random.nextInt(100) < 25) {
			int changes = 1 + ((this.random.nextInt(4) == 0) ? 1 : 0);
			for (int i = 0; i < changes; i++) {
				perturb(d, this.random.nextInt(21));
			}
		}
		if (this.revision2.nextInt(100) < 5) {
			perturbRevision2(d, this.revision2.nextInt(7));
		}
		return d.build();
	}

	/** A traveller with nothing to find: visa fits the purpose, return ticket. */
	private Draft clean() {
		Draft d = new Draft();
		d.checkId = "BENCH-" + (++this.sequence);
		d.checkpoint = pick(CHECKPOINTS);
		d.nik = String.format("32%014d", Math.floorMod(this.random.nextLong(), 100_000_000_000_000L));
		d.birthDate = CHECK_DATE.minusDays(18L * 365 + 5 + this.random.nextInt(50 * 365));
		d.sex = this.random.nextBoolean() ? Sex.F : Sex.M;
		d.occupation = pick(Occupation.values());
		d.expiry = CHECK_DATE.plusDays(30 + this.random.nextInt(1800));
		d.purpose = pick(CLEAN_PURPOSES);
		d.destination = pick(PLAIN_DESTINATIONS);
		d.visa = VisaType.TOURIST;
		switch (d.purpose) {
			case UMRAH -> {
				d.destination = "SA";
				d.visa = VisaType.UMRAH;
				d.interview = cleanInterview();
			}
			case HAJJ -> {
				d.destination = "SA";
				d.visa = VisaType.HAJJ;
				d.interview = cleanInterview();
			}
			case WORK -> {
				// A procedural migrant worker with every document (UU 18/2017 Pasal 13).
				d.visa = VisaType.WORK;
				d.destination = pick(new String[] { "MY", "HK", "TW", "KR", "JP" });
				d.worker = new MigrantWorker(true, true, true, true, this.random.nextBoolean());
			}
			case STUDY -> d.visa = VisaType.STUDENT;
			case BUSINESS, VISIT_FAMILY -> d.visa = VisaType.VISIT;
			default -> d.visa = this.random.nextBoolean() ? VisaType.TOURIST : VisaType.NONE_REQUIRED;
		}
		int roll = this.random.nextInt(10);
		if (roll < 2 && d.purpose != Purpose.UMRAH && d.purpose != Purpose.HAJJ) {
			// Risk-list destinations are fine once an officer has interviewed the person.
			d.destination = pick(RISK_DESTINATIONS);
			d.interview = cleanInterview();
		}
		else if (roll < 4) {
			d.interview = cleanInterview();
		}
		if (this.random.nextInt(8) == 0) {
			d.transit = List.of(pick(PLAIN_DESTINATIONS));
		}
		d.companion = pick(new Companion[] { null, Companion.NONE, Companion.FAMILY, Companion.GROUP_TOUR });
		return d;
	}

	private InterviewDraft cleanInterview() {
		InterviewDraft i = new InterviewDraft();
		i.recruitedVia = this.random.nextBoolean() ? RecruitmentChannel.NONE : null;
		return i;
	}

	private InterviewDraft interview(Draft d) {
		if (d.interview == null) {
			d.interview = cleanInterview();
		}
		return d.interview;
	}

	/** One pattern that departure or referral rows look for. */
	private void perturb(Draft d, int pattern) {
		switch (pattern) {
			case 0 -> d.expiry = CHECK_DATE.minusDays(1 + this.random.nextInt(400));
			case 1 -> d.documentType = TravelDocumentType.OTHER;
			case 2 -> d.wanted = true;
			case 3 -> d.prevention = true;
			case 4 -> {
				d.purpose = Purpose.TOURISM;
				d.visa = VisaType.TOURIST;
				interview(d).intendsToWork = true;
			}
			case 5 -> {
				d.purpose = Purpose.WORK;
				d.visa = VisaType.WORK;
				d.worker = new MigrantWorker(this.random.nextBoolean(), true, this.random.nextBoolean(), false, false);
			}
			case 6 -> {
				d.purpose = Purpose.HAJJ;
				d.destination = "SA";
				d.visa = VisaType.TOURIST;
			}
			case 7 -> {
				d.purpose = Purpose.UMRAH;
				d.destination = "SA";
				d.visa = pick(new VisaType[] { VisaType.TOURIST, VisaType.VISIT });
				interview(d);
			}
			case 8 -> {
				d.purpose = Purpose.WORK;
				d.visa = VisaType.VISIT;
			}
			case 9 -> {
				d.purpose = Purpose.TOURISM;
				d.returnTicket = false;
				interview(d).canStateTripDuration = false;
			}
			case 10 -> {
				d.purpose = Purpose.VISIT_FAMILY;
				d.returnTicket = false;
				interview(d).purposeConsistent = false;
			}
			case 11 -> {
				d.destination = pick(new String[] { "SA", "AE", "QA", "KW", "JO" });
				interview(d).sector = JobSector.DOMESTIC_WORK;
				interview(d).recruitedVia = RecruitmentChannel.RELATIVE_OR_NEIGHBOUR;
			}
			case 12 -> interview(d).sector = JobSector.ONLINE_SCAM_OR_GAMBLING;
			case 13 -> {
				d.destination = pick(new String[] { "KH", "MM", "LA" });
				interview(d).recruitedVia = RecruitmentChannel.SOCIAL_MEDIA;
			}
			case 14 -> {
				d.destination = "TH";
				d.transit = List.of(pick(new String[] { "MM", "LA" }));
				interview(d).recruitedVia = RecruitmentChannel.INDIVIDUAL_AGENT;
			}
			case 15 -> {
				d.birthDate = CHECK_DATE.minusYears(15).minusDays(this.random.nextInt(900));
				d.companion = pick(new Companion[] { Companion.NONE, Companion.UNRELATED_ESCORT });
				interview(d).sector = pick(new JobSector[] { JobSector.FACTORY, JobSector.HOSPITALITY });
			}
			case 16 -> {
				d.purpose = Purpose.TOURISM;
				d.visa = VisaType.TOURIST;
				d.returnTicket = false;
				d.interview = null;
			}
			case 17 -> {
				d.purpose = pick(new Purpose[] { Purpose.TOURISM, Purpose.VISIT_FAMILY });
				d.visa = VisaType.VISIT;
				d.destination = pick(RISK_DESTINATIONS);
				d.interview = null;
			}
			case 18 -> {
				d.companion = Companion.UNRELATED_ESCORT;
				interview(d).recruiterPresent = true;
			}
			case 19 -> {
				d.sex = Sex.F;
				interview(d).costsPaidByThirdParty = true;
				interview(d).willingToTestify = this.random.nextBoolean();
			}
			default -> {
				d.transit = List.of("LA");
				interview(d).passportHeldByOther = true;
			}
		}
	}

	/**
	 * One pattern that only the revision-2 rows look for (PLB, the passenger analysis
	 * flag, students, interns and the self-employed who mention work, a documented
	 * domestic worker to a moratorium country, a child with a job offer), drawn from
	 * {@link #revision2}.
	 */
	private void perturbRevision2(Draft d, int pattern) {
		Random r = this.revision2;
		switch (pattern) {
			case 0 -> {
				// A PLB at a land-border post toward Malaysia; with a transit it is
				// refused.
				d.documentType = TravelDocumentType.PLB;
				d.checkpoint = new String[] { "ETK", "ARK", "BDU", "JGB" }[r.nextInt(4)];
				d.destination = "MY";
				d.transit = (r.nextInt(4) == 0) ? List.of("SG") : null;
			}
			case 1 -> d.documentType = TravelDocumentType.PLB;
			case 2 -> d.passengerAnalysisFlag = true;
			case 3 -> {
				d.purpose = Purpose.STUDY;
				d.visa = r.nextBoolean() ? VisaType.STUDENT : VisaType.TOURIST;
				interview(d).intendsToWork = true;
			}
			case 4 -> {
				d.purpose = r.nextBoolean() ? Purpose.INTERNSHIP : Purpose.BUSINESS;
				d.visa = VisaType.VISIT;
				interview(d).intendsToWork = true;
			}
			case 5 -> {
				d.purpose = Purpose.WORK;
				d.visa = VisaType.WORK;
				d.destination = new String[] { "SA", "AE", "QA", "KW", "JO" }[r.nextInt(5)];
				d.worker = new MigrantWorker(true, true, true, true, r.nextBoolean());
				interview(d).sector = JobSector.DOMESTIC_WORK;
			}
			default -> {
				d.birthDate = CHECK_DATE.minusYears(16).minusDays(r.nextInt(700));
				interview(d).jobOffered = true;
				interview(d).recruitedVia = new RecruitmentChannel[] { RecruitmentChannel.LICENSED_P3MI,
						RecruitmentChannel.RELATIVE_OR_NEIGHBOUR, RecruitmentChannel.NONE }[r.nextInt(3)];
				d.companion = new Companion[] { Companion.PARENT_OR_GUARDIAN, Companion.FAMILY, null }[r.nextInt(3)];
			}
		}
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static final class Draft {

		String checkId;

		String checkpoint;

		String nik;

		LocalDate birthDate;

		Sex sex;

		Occupation occupation;

		boolean prevention;

		boolean wanted;

		TravelDocumentType documentType = TravelDocumentType.PASSPORT;

		LocalDate expiry;

		Purpose purpose;

		String destination;

		List<String> transit;

		VisaType visa;

		boolean returnTicket = true;

		MigrantWorker worker;

		Companion companion;

		InterviewDraft interview;

		Boolean passengerAnalysisFlag;

		Departure build() {
			Person person = new Person(this.nik, null, this.birthDate, this.sex,
					new Domicile("Jawa Barat", "Indramayu"), this.occupation,
					new Watchlist(this.prevention, this.wanted, null));
			return new Departure(this.checkId, CHECK_DATE, this.checkpoint, person,
					new TravelDocument(this.documentType, "X" + this.checkId.hashCode(), this.expiry),
					this.passengerAnalysisFlag, this.purpose, this.destination, this.transit, this.visa,
					this.returnTicket, this.worker, this.companion,
					(this.interview != null) ? this.interview.build() : null);
		}

	}

	private static final class InterviewDraft {

		Boolean purposeConsistent = true;

		Boolean canStateTripDuration = true;

		boolean intendsToWork;

		JobSector sector;

		boolean jobOffered;

		RecruitmentChannel recruitedVia;

		boolean recruiterPresent;

		boolean costsPaidByThirdParty;

		boolean passportHeldByOther;

		Boolean willingToTestify;

		Interview build() {
			return new Interview(this.purposeConsistent, this.canStateTripDuration, this.intendsToWork,
					(this.sector != null || this.jobOffered) ? new JobOffer(this.sector, Boolean.FALSE) : null,
					this.recruitedVia, this.recruiterPresent, this.costsPaidByThirdParty, this.passportHeldByOther,
					this.willingToTestify);
		}

	}

}
