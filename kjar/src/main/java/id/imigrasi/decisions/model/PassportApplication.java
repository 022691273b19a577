package id.imigrasi.decisions.model;

import java.time.LocalDate;
import java.util.List;

/** The request body of {@code passport-application} (SPEC 3). */
public record PassportApplication(@Required String applicationId, LocalDate applicationDate,
		@Required ApplicationType applicationType, @Required Person person, @Required Purpose statedPurpose,
		@Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") String destinationCountry,
		@Required List<DocumentType> documents, @Required DocumentFindings documentFindings, Interview interview) {

}
