package id.imigrasi.decisions.model.request;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The request body of {@code departure}, one traveller at a TPI exit check (SPEC 3).
 * {@code passengerAnalysisFlag}: the airport's passenger analysis unit flagged the
 * traveller from advance passenger data; triage only, never a restrictive outcome alone.
 */
public record Departure(@Required String checkId, LocalDate checkDate, String checkpoint, @Required Person person,
		@Required TravelDocument travelDocument, Boolean passengerAnalysisFlag, @Required Purpose statedPurpose,
		@Required @Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") String destinationCountry,
		@Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") List<String> transitCountries,
		@Required VisaType visaType, @Required Boolean returnTicket, MigrantWorker migrantWorker,
		Companion accompaniedBy, Interview interview) implements CaseRequest {

	/** A departure without a passenger-analysis flag (the field is optional). */
	public Departure(String checkId, LocalDate checkDate, String checkpoint, Person person,
			TravelDocument travelDocument, Purpose statedPurpose, String destinationCountry,
			List<String> transitCountries, VisaType visaType, Boolean returnTicket, MigrantWorker migrantWorker,
			Companion accompaniedBy, Interview interview) {
		this(checkId, checkDate, checkpoint, person, travelDocument, null, statedPurpose, destinationCountry,
				transitCountries, visaType, returnTicket, migrantWorker, accompaniedBy, interview);
	}

	@Override
	public DecisionService service() {
		return DecisionService.DEPARTURE;
	}

	@Override
	public String reference() {
		return this.checkId;
	}

	@Override
	public LocalDate requestedLegalDate() {
		return this.checkDate;
	}

	@Override
	public <R> R match(Function<PassportApplication, R> application, Function<Departure, R> departure) {
		return departure.apply(this);
	}

}
