package id.imigrasi.decisions.service.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.Required;
import id.imigrasi.decisions.service.contract.RequestReaderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case form is found in the request records, so it asks for exactly what the API
 * reads: every field by its JSON path, and nothing sent that was not filled in.
 */
class CaseFormTest {

	@Test
	void shouldOfferEveryFieldOfTheDepartureRequestByItsJsonPath() {
		Map<String, CaseForm.Field> fields = flatten(CaseForm.of(Departure.class));

		assertThat(fields).containsKeys("checkId", "checkDate", "person.nik", "person.watchlist.preventionListMatch",
				"travelDocument.expiryDate", "transitCountries", "migrantWorker.workVisa", "interview.jobOffer.sector");
		assertThat(fields.get("checkDate").kind()).isEqualTo(CaseForm.Kind.DATE);
		assertThat(fields.get("person.watchlist.preventionListMatch").kind()).isEqualTo(CaseForm.Kind.YES_NO);
		assertThat(fields.get("person.watchlist.preventionListMatch").required()).isTrue();
		assertThat(fields.get("interview.intendsToWork").required()).isFalse();
		assertThat(fields.get("visaType").kind()).isEqualTo(CaseForm.Kind.CHOICE);
		assertThat(fields.get("visaType").options()).contains("UMRAH", "WORK");
		assertThat(fields.get("transitCountries").kind()).isEqualTo(CaseForm.Kind.TEXTS);
		assertThat(fields.get("interview").kind()).isEqualTo(CaseForm.Kind.GROUP);
	}

	@Test
	void shouldOfferTheDocumentsAsBoxesToTick() {
		CaseForm.Field documents = flatten(CaseForm.of(PassportApplication.class)).get("documents");

		assertThat(documents.kind()).isEqualTo(CaseForm.Kind.CHOICES);
		assertThat(documents.options()).contains("KTP", "PPIU_LETTER");
	}

	/** A request record grown by a field: the form has it, no template knows it. */
	record Grown(@Required String id, Boolean newFlag, LocalDate newDate, Integer newCount, List<Purpose> purposes,
			Nested nested) {
	}

	record Nested(@Required Purpose purpose, String note) {
	}

	@Test
	void shouldShowAFieldAddedToTheContractWithoutATemplateEdit() {
		Map<String, CaseForm.Field> fields = flatten(CaseForm.of(Grown.class));

		assertThat(fields.get("newFlag").kind()).isEqualTo(CaseForm.Kind.YES_NO);
		assertThat(fields.get("newDate").kind()).isEqualTo(CaseForm.Kind.DATE);
		assertThat(fields.get("newCount").kind()).isEqualTo(CaseForm.Kind.NUMBER);
		assertThat(fields.get("purposes").kind()).isEqualTo(CaseForm.Kind.CHOICES);
		assertThat(fields.get("nested.purpose").required()).isTrue();
		assertThat(FieldView.label("newFlag", new org.springframework.context.support.StaticMessageSource(),
				java.util.Locale.ENGLISH))
			.isEqualTo("New flag");
	}

	@Test
	void shouldSendBackExactlyTheExampleRequestsItWasFilledInFrom() throws Exception {
		for (String service : List.of("departure", "passport-application")) {
			JsonNode example = RequestReaderTest.example(service);
			List<CaseForm.Field> form = CaseForm
				.of("departure".equals(service) ? Departure.class : PassportApplication.class);

			ObjectNode sent = CaseForm.toJson(form, CaseForm.values(form, example));

			assertThat(sent).as(service).isEqualTo(example);
		}
	}

	@Test
	void shouldLeaveOutWhatWasNotFilledInAndNeverDefaultAnAnswer() {
		List<CaseForm.Field> form = CaseForm.of(Departure.class);

		ObjectNode sent = CaseForm.toJson(form,
				Map.of("checkId", List.of("CGK-1"), "interview.intendsToWork", List.of(""),
						"person.watchlist.wantedForInvestigation", List.of("false"), "transitCountries",
						List.of("MY, TH")));

		assertThat(sent.toString())
			.isEqualTo("{\"checkId\":\"CGK-1\",\"person\":{\"watchlist\":{\"wantedForInvestigation\":false}},"
					+ "\"transitCountries\":[\"MY\",\"TH\"]}");
	}

	@Test
	void shouldFindTheFieldAProblemOfTheReaderIsAbout() {
		assertThat(CaseForm.fieldOf("$.person.nik")).isEqualTo("person.nik");
		assertThat(CaseForm.fieldOf("$.documents[2]")).isEqualTo("documents");
		assertThat(CaseForm.fieldOf("$")).isEmpty();
	}

	private static Map<String, CaseForm.Field> flatten(List<CaseForm.Field> fields) {
		Map<String, CaseForm.Field> all = new java.util.LinkedHashMap<>();
		for (CaseForm.Field field : fields) {
			all.put(field.name(), field);
			all.putAll(flatten(field.children()));
		}
		return all;
	}

}
