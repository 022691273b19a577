package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import id.imigrasi.decisions.model.request.ApplicationType;
import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.DocumentFindings;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.request.Domicile;
import id.imigrasi.decisions.model.request.Interview;
import id.imigrasi.decisions.model.request.JobOffer;
import id.imigrasi.decisions.model.request.JobSector;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.request.Occupation;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.model.request.Person;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.RecruitmentChannel;
import id.imigrasi.decisions.model.request.Sex;
import id.imigrasi.decisions.model.request.TravelDocument;
import id.imigrasi.decisions.model.request.TravelDocumentType;
import id.imigrasi.decisions.model.request.VisaType;
import id.imigrasi.decisions.model.request.Watchlist;

/**
 * Builders for clean cases (nothing to find) that a test then changes in one respect, so
 * each test shows the one fact that matters.
 */
final class Cases {

	static final LocalDate DAY = LocalDate.of(2025, 5, 19);

	private Cases() {
	}

	static final class PersonBuilder {

		LocalDate birthDate = LocalDate.of(1990, 3, 14);

		Sex sex = Sex.M;

		Occupation occupation = Occupation.EMPLOYEE;

		String province = "Jawa Barat";

		boolean prevention;

		boolean wanted;

		LocalDate suspendedUntil;

		/** Born so that the 18th birthday falls on {@code day}. */
		PersonBuilder turns18On(LocalDate day) {
			this.birthDate = day.minusYears(18);
			return this;
		}

		/** 17 years old on {@link #DAY}, a few months from the 18th birthday. */
		PersonBuilder minor() {
			this.birthDate = DAY.minusYears(17).minusMonths(3);
			return this;
		}

		Person build() {
			return new Person("3212345678901234", "Siti Aminah", this.birthDate, this.sex,
					new Domicile(this.province, "Indramayu"), this.occupation,
					new Watchlist(this.prevention, this.wanted, this.suspendedUntil));
		}

	}

	static final class InterviewBuilder {

		Boolean purposeConsistent = true;

		Boolean canStateTripDuration = true;

		Boolean intendsToWork = false;

		JobSector sector;

		Boolean employerKnown;

		RecruitmentChannel recruitedVia = RecruitmentChannel.NONE;

		Boolean recruiterPresent = false;

		Boolean costsPaidByThirdParty = false;

		Boolean passportHeldByOther = false;

		Boolean willingToTestify;

		Interview build() {
			return new Interview(this.purposeConsistent, this.canStateTripDuration, this.intendsToWork,
					(this.sector != null) ? new JobOffer(this.sector, this.employerKnown) : null, this.recruitedVia,
					this.recruiterPresent, this.costsPaidByThirdParty, this.passportHeldByOther, this.willingToTestify);
		}

	}

	static final class PassportBuilder {

		LocalDate date = DAY;

		ApplicationType type = ApplicationType.NEW;

		final PersonBuilder person = new PersonBuilder();

		Purpose purpose = Purpose.TOURISM;

		String destination = "FR";

		final List<DocumentType> documents = new ArrayList<>(List.of(DocumentType.KTP, DocumentType.KK));

		boolean forgery;

		boolean mismatch;

		boolean falseStatement;

		boolean duplicate;

		InterviewBuilder interview;

		PassportBuilder with(Consumer<PassportBuilder> change) {
			change.accept(this);
			return this;
		}

		PassportBuilder documents(DocumentType... added) {
			this.documents.addAll(List.of(added));
			return this;
		}

		PassportBuilder interview(Consumer<InterviewBuilder> change) {
			if (this.interview == null) {
				this.interview = new InterviewBuilder();
			}
			change.accept(this.interview);
			return this;
		}

		PassportApplication build() {
			return new PassportApplication("APP-1", this.date, this.type, this.person.build(), this.purpose,
					this.destination, List.copyOf(this.documents),
					new DocumentFindings(this.forgery, this.mismatch, this.falseStatement, this.duplicate),
					(this.interview != null) ? this.interview.build() : null);
		}

	}

	static final class DepartureBuilder {

		LocalDate date = DAY;

		final PersonBuilder person = new PersonBuilder();

		TravelDocumentType documentType = TravelDocumentType.PASSPORT;

		LocalDate expiry = DAY.plusYears(3);

		Purpose purpose = Purpose.TOURISM;

		String destination = "FR";

		List<String> transit;

		VisaType visa = VisaType.VISIT;

		boolean returnTicket = true;

		MigrantWorker worker;

		Companion accompaniedBy = Companion.FAMILY;

		InterviewBuilder interview = new InterviewBuilder();

		/** The TPI; {@code ETK} is the land-border post at Entikong, toward Malaysia. */
		String checkpoint = "CGK";

		Boolean passengerAnalysisFlag;

		DepartureBuilder with(Consumer<DepartureBuilder> change) {
			change.accept(this);
			return this;
		}

		/** Not interviewed yet: the request has no interview object. */
		DepartureBuilder noInterview() {
			this.interview = null;
			return this;
		}

		DepartureBuilder interview(Consumer<InterviewBuilder> change) {
			if (this.interview == null) {
				this.interview = new InterviewBuilder();
			}
			change.accept(this.interview);
			return this;
		}

		DepartureBuilder procedural() {
			this.purpose = Purpose.WORK;
			this.visa = VisaType.WORK;
			this.destination = "JP";
			this.worker = new MigrantWorker(true, true, true, true, true);
			this.accompaniedBy = Companion.NONE;
			return this;
		}

		Departure build() {
			return new Departure("CHK-1", this.date, this.checkpoint, this.person.build(),
					new TravelDocument(this.documentType, "X1234567", this.expiry), this.passengerAnalysisFlag,
					this.purpose, this.destination, this.transit, this.visa, this.returnTicket, this.worker,
					this.accompaniedBy, (this.interview != null) ? this.interview.build() : null);
		}

	}

	static PassportBuilder passport() {
		return new PassportBuilder();
	}

	static DepartureBuilder departure() {
		return new DepartureBuilder();
	}

	static PassportApplication passport(Consumer<PassportBuilder> change) {
		return passport().with(change).build();
	}

	static Departure departure(Consumer<DepartureBuilder> change) {
		return departure().with(change).build();
	}

}
