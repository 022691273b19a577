package id.imigrasi.decisions.model;

import java.time.LocalDate;
import java.util.List;

/** The request body of {@code departure}, one traveller at a TPI exit check (SPEC 3). */
public record Departure(@Required String checkId, LocalDate checkDate, String checkpoint, @Required Person person,
		@Required TravelDocument travelDocument, @Required Purpose statedPurpose,
		@Required @Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") String destinationCountry,
		@Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") List<String> transitCountries,
		@Required VisaType visaType, @Required Boolean returnTicket, MigrantWorker migrantWorker,
		Companion accompaniedBy, Interview interview) {

}
