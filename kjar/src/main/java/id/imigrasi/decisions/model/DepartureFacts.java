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

	private final boolean landBorderPostTowardDestination;

	/**
	 * @param listsOf the codes of the dated country lists (lists.xlsx) a country is on at
	 * the legal date
	 * @param landBorderNeighbour for a checkpoint code, the neighbouring country of the
	 * land-border post it names on the legal date (lists.xlsx, sheet Pos Lintas Batas),
	 * or null when it is no such post
	 */
	public DepartureFacts(Departure departure, LocalDate legalDate, Function<String, Set<String>> listsOf,
			Function<String, String> landBorderNeighbour) {
		super(legalDate, departure.person(), departure.statedPurpose(), departure.destinationCountry(),
				departure.transitCountries(), departure.interview(), listsOf);
		this.departure = departure;
		String neighbour = (departure.checkpoint() != null) ? landBorderNeighbour.apply(departure.checkpoint()) : null;
		boolean noTransit = departure.transitCountries() == null || departure.transitCountries().isEmpty();
		this.landBorderPostTowardDestination = neighbour != null && neighbour.equals(departure.destinationCountry())
				&& noTransit;
	}

	/**
	 * Facts without the land-border list: no checkpoint counts as a land-border post.
	 */
	public DepartureFacts(Departure departure, LocalDate legalDate, Function<String, Set<String>> listsOf) {
		this(departure, legalDate, listsOf, (checkpoint) -> null);
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

	/**
	 * Whether the check takes place at a land-border post, in force on the legal date,
	 * whose neighbouring country is the destination, with no transit country: the only
	 * crossing a Pas Lintas Batas serves. A missing checkpoint is no such post.
	 */
	@FactPath(value = "landBorderPostTowardDestination",
			derivedFrom = { "checkpoint", "destinationCountry", "transitCountries", "legalDate" })
	public boolean isLandBorderPostTowardDestination() {
		return this.landBorderPostTowardDestination;
	}

	/**
	 * Flagged by the passenger analysis unit; absent counts as not flagged. Triage only.
	 */
	@FactPath(value = "passengerAnalysisFlag", triageOnly = true, labelId = "tanda unit analisis penumpang")
	public boolean isPassengerAnalysisFlag() {
		return Boolean.TRUE.equals(this.departure.passengerAnalysisFlag());
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
