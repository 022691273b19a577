package id.imigrasi.decisions.model.request;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The request body of {@code passport-application} (SPEC 3). */
public record PassportApplication(@Required String applicationId, LocalDate applicationDate,
		@Required ApplicationType applicationType, @Required Person person, @Required Purpose statedPurpose,
		@Pattern(regex = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code such as SA") String destinationCountry,
		@Required List<DocumentType> documents, @Required DocumentFindings documentFindings,
		Interview interview) implements CaseRequest {

	@Override
	public DecisionService service() {
		return DecisionService.PASSPORT_APPLICATION;
	}

	@Override
	public String reference() {
		return this.applicationId;
	}

	@Override
	public LocalDate requestedLegalDate() {
		return this.applicationDate;
	}

	@Override
	public <R> R match(Function<PassportApplication, R> application, Function<Departure, R> departure) {
		return application.apply(this);
	}

}
