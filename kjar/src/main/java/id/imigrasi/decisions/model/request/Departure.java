package id.imigrasi.decisions.model.request;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The request body of {@code departure}, one traveller at a TPI exit check (SPEC 3). */
public record Departure(@Required String checkId, LocalDate checkDate, String checkpoint, @Required Person person,
		@Required TravelDocument travelDocument, @Required Purpose statedPurpose,
		@Required @Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") String destinationCountry,
		@Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") List<String> transitCountries,
		@Required VisaType visaType, @Required Boolean returnTicket, MigrantWorker migrantWorker,
		Companion accompaniedBy, Interview interview) implements CaseRequest {

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
