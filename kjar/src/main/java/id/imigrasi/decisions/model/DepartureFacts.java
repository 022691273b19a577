package id.imigrasi.decisions.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

import id.imigrasi.decisions.model.request.Companion;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.MigrantWorker;
import id.imigrasi.decisions.model.request.TravelDocumentType;
import id.imigrasi.decisions.model.request.VisaType;

/** What the departure table reads about one traveller at an exit check. */
public final class DepartureFacts extends CaseFacts {

	private final Departure departure;

	public DepartureFacts(Departure departure, LocalDate legalDate, Function<String, Set<String>> listsOf) {
		super(legalDate, departure.person(), departure.statedPurpose(), departure.destinationCountry(),
				departure.transitCountries(), departure.interview(), listsOf);
		this.departure = departure;
	}

	@FactPath("travelDocument.type")
	public TravelDocumentType getTravelDocumentType() {
		return this.departure.travelDocument().type();
	}

	/** Expired on the legal date: a passport is valid through its expiry date. */
	@FactPath(value = "travelDocumentExpired", derivedFrom = { "travelDocument.expiryDate", "legalDate" })
	public boolean isTravelDocumentExpired() {
		return this.departure.travelDocument().expiryDate().isBefore(getLegalDate());
	}

	@FactPath("visaType")
	public VisaType getVisaType() {
		return this.departure.visaType();
	}

	@FactPath("returnTicket")
	public boolean isReturnTicket() {
		return this.departure.returnTicket();
	}

	@FactPath("accompaniedBy")
	public Companion getAccompaniedBy() {
		return this.departure.accompaniedBy();
	}

	@FactPath("checkpoint")
	public String getCheckpoint() {
		return this.departure.checkpoint();
	}

	/**
	 * True only when the migrant-worker documents were shown; absent documents are not
	 * shown.
	 */
	@FactPath("migrantWorker.registeredCpmi")
	public boolean isRegisteredCpmi() {
		return worker() != null && Boolean.TRUE.equals(worker().registeredCpmi());
	}

	@FactPath("migrantWorker.workVisa")
	public boolean isWorkVisa() {
		return worker() != null && Boolean.TRUE.equals(worker().workVisa());
	}

	@FactPath("migrantWorker.placementAgreement")
	public boolean isPlacementAgreement() {
		return worker() != null && Boolean.TRUE.equals(worker().placementAgreement());
	}

	@FactPath("migrantWorker.employmentContract")
	public boolean isEmploymentContract() {
		return worker() != null && Boolean.TRUE.equals(worker().employmentContract());
	}

	@FactPath("migrantWorker.socialSecurity")
	public boolean isSocialSecurity() {
		return worker() != null && Boolean.TRUE.equals(worker().socialSecurity());
	}

	private MigrantWorker worker() {
		return this.departure.migrantWorker();
	}

}
