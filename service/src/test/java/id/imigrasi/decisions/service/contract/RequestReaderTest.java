package id.imigrasi.decisions.service.contract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.TravelDocumentType;
import id.imigrasi.decisions.model.request.VisaType;
import id.imigrasi.decisions.service.system.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;

public class RequestReaderTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** 2025-05-19 in Jakarta. */
	private final RequestReader reader = new RequestReader(
			Clock.fixed(Instant.parse("2025-05-19T03:00:00Z"), ZoneOffset.UTC));

	public static ObjectNode example(String name) throws IOException {
		try (InputStream in = RequestReaderTest.class.getResourceAsStream("/examples/" + name + ".json")) {
			return (ObjectNode) JSON.readTree(in);
		}
	}

	@Test
	void shouldReadTheDepartureExampleIntoTypedFacts() throws IOException {
		ReadResult result = this.reader.read(DecisionService.DEPARTURE, example("departure"));

		assertThat(result.problems()).isEmpty();
		Departure departure = (Departure) result.request();
		assertThat(departure.statedPurpose()).isEqualTo(Purpose.UMRAH);
		assertThat(departure.visaType()).isEqualTo(VisaType.TOURIST);
		assertThat(departure.transitCountries()).containsExactly("MY");
		assertThat(departure.interview().jobOffer().employerKnown()).isFalse();
	}

	@Test
	void shouldReadTheRevisionTwoFieldsAndRefuseTheirMisspellings() throws IOException {
		ObjectNode body = example("departure");
		body.put("passengerAnalysisFlag", true);
		((ObjectNode) body.get("travelDocument")).put("type", "PLB");

		ReadResult result = this.reader.read(DecisionService.DEPARTURE, body);

		assertThat(result.problems()).isEmpty();
		Departure departure = (Departure) result.request();
		assertThat(departure.passengerAnalysisFlag()).isTrue();
		assertThat(departure.travelDocument().type()).isEqualTo(TravelDocumentType.PLB);

		body.remove("passengerAnalysisFlag");
		body.put("passengerAnalysisFlg", true);
		ObjectNode application = example("passport-application");
		((com.fasterxml.jackson.databind.node.ArrayNode) application.get("documents")).add("UMRAH_RECEIPT");

		assertThat(this.reader.read(DecisionService.DEPARTURE, body).problems()).extracting(InputProblem::path)
			.containsExactly("$.passengerAnalysisFlg");
		assertThat(message(this.reader.read(DecisionService.PASSPORT_APPLICATION, application), "$.documents[3]"))
			.contains("UMRAH_SERVICE_RECEIPT");
	}

	@Test
	void shouldReadThePassportExampleIntoTypedFacts() throws IOException {
		ReadResult result = this.reader.read(DecisionService.PASSPORT_APPLICATION, example("passport-application"));

		assertThat(result.valid()).isTrue();
		assertThat(((PassportApplication) result.request()).documents()).hasSize(3);
	}

	@Test
	void shouldReportMisspeltFieldBadEnumAndMissingFieldTogether() throws IOException {
		ObjectNode body = example("departure");
		body.set("statedPurpos", body.remove("statedPurpose"));
		body.put("visaType", "UMROH");
		((ObjectNode) body.get("person")).remove("birthDate");

		ReadResult result = this.reader.read(DecisionService.DEPARTURE, body);

		assertThat(result.valid()).isFalse();
		assertThat(result.request()).isNull();
		assertThat(result.problems()).extracting(InputProblem::path)
			.containsExactlyInAnyOrder("$.statedPurpos", "$.statedPurpose", "$.visaType", "$.person.birthDate");
		assertThat(message(result, "$.statedPurpos")).contains("did you mean statedPurpose?");
		assertThat(message(result, "$.visaType")).contains("'UMROH' is not allowed; did you mean UMRAH?")
			.contains("NONE_REQUIRED, VISA_ON_ARRIVAL");
		assertThat(message(result, "$.person.birthDate")).isEqualTo("is required");
	}

	@Test
	void shouldRejectABadNikWithoutQuotingIt() throws IOException {
		ObjectNode body = example("passport-application");
		((ObjectNode) body.get("person")).put("nik", "32120155050100");

		ReadResult result = this.reader.read(DecisionService.PASSPORT_APPLICATION, body);

		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).isEqualTo("$.person.nik");
			assertThat(problem.message()).isEqualTo("must be 16 digits").doesNotContain("32120155050100");
		});
	}

	@Test
	void shouldRejectDatesThatAreNotIsoAndBirthDatesAfterTheLegalDate() throws IOException {
		ObjectNode body = example("departure");
		((ObjectNode) body.get("travelDocument")).put("expiryDate", "01/03/2029");
		ReadResult badDate = this.reader.read(DecisionService.DEPARTURE, body);
		assertThat(badDate.problems())
			.containsExactly(new InputProblem("$.travelDocument.expiryDate", "must be an ISO-8601 date (YYYY-MM-DD)"));

		ObjectNode unborn = example("departure");
		((ObjectNode) unborn.get("person")).put("birthDate", "2025-05-20");
		ReadResult afterLegalDate = this.reader.read(DecisionService.DEPARTURE, unborn);
		assertThat(afterLegalDate.problems())
			.containsExactly(new InputProblem("$.person.birthDate", "is after the legal date 2025-05-19"));
	}

	@Test
	void shouldUseTodayInJakartaAsLegalDateForTheBirthDateCheckWhenNoneIsGiven() throws IOException {
		ObjectNode body = example("departure");
		body.remove("checkDate");
		((ObjectNode) body.get("person")).put("birthDate", "2025-05-19");

		assertThat(this.reader.read(DecisionService.DEPARTURE, body).valid()).isTrue();
	}

	@Test
	void shouldCheckEveryListElementWithItsIndex() throws IOException {
		ObjectNode body = example("passport-application");
		((ArrayNode) body.get("documents")).add("PASPORT_LAMA").add(7);
		ObjectNode departure = example("departure");
		((ArrayNode) departure.get("transitCountries")).add("Malaysia");

		assertThat(this.reader.read(DecisionService.PASSPORT_APPLICATION, body).problems())
			.extracting(InputProblem::path)
			.containsExactly("$.documents[3]", "$.documents[4]");
		assertThat(this.reader.read(DecisionService.DEPARTURE, departure).problems()).containsExactly(
				new InputProblem("$.transitCountries[1]", "must be an ISO 3166-1 alpha-2 country code such as SA"));
	}

	@Test
	void shouldRejectWrongJsonTypesAndRequireWatchlistAnswers() throws IOException {
		ObjectNode body = example("departure");
		body.put("returnTicket", "no");
		body.set("interview", JSON.createArrayNode());
		((ObjectNode) body.get("person").get("watchlist")).remove("wantedForInvestigation");

		assertThat(this.reader.read(DecisionService.DEPARTURE, body).problems()).containsExactlyInAnyOrder(
				new InputProblem("$.returnTicket", "must be true or false"),
				new InputProblem("$.interview", "must be a JSON object"),
				new InputProblem("$.person.watchlist.wantedForInvestigation", "is required"));
	}

	@Test
	void shouldNotQuoteAFieldNameThatIsNotAPlainWord() throws IOException {
		ObjectNode body = example("departure");
		body.put("3212015505010002", true);

		assertThat(this.reader.read(DecisionService.DEPARTURE, body).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.toString()).doesNotContain("3212015505010002"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2011-05-04", "0000-01-01", "1945-08-17", "2026-05-20", "9999-12-31" })
	void shouldRefuseALegalDateOutsideTheYearsTheRulesCover(String date) throws IOException {
		ObjectNode departure = example("departure").put("checkDate", date);
		ObjectNode application = example("passport-application").put("applicationDate", date);

		assertThat(this.reader.read(DecisionService.DEPARTURE, departure).problems()).containsExactly(
				new InputProblem("$.checkDate", "must be from 2011-05-05 (UU 6/2011 took effect; the rules "
						+ "hold nothing earlier) to 2026-05-19 (a year from today in Asia/Jakarta)"));
		assertThat(this.reader.read(DecisionService.PASSPORT_APPLICATION, application).problems())
			.extracting(InputProblem::path)
			.containsExactly("$.applicationDate");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2011-05-05", "2026-05-19" })
	void shouldAcceptTheFirstAndLastLegalDates(String date) throws IOException {
		ObjectNode departure = example("departure").put("checkDate", date);
		((ObjectNode) departure.get("person")).put("birthDate", "1990-01-01");

		assertThat(this.reader.read(DecisionService.DEPARTURE, departure).problems()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "-999999999-01-01", "+10000-01-01", "20250-01-01", "2025-1-01", "2025-02-30" })
	void shouldReadOnlyDatesWithFourDigitYears(String date) throws IOException {
		ObjectNode body = example("departure");
		((ObjectNode) body.get("travelDocument")).put("expiryDate", date);

		assertThat(this.reader.read(DecisionService.DEPARTURE, body).problems())
			.containsExactly(new InputProblem("$.travelDocument.expiryDate", "must be an ISO-8601 date (YYYY-MM-DD)"));
	}

	@Test
	void shouldRefuseABirthDateBefore1900() throws IOException {
		ObjectNode body = example("departure");
		((ObjectNode) body.get("person")).put("birthDate", "1899-12-31");

		assertThat(this.reader.read(DecisionService.DEPARTURE, body).problems())
			.containsExactly(new InputProblem("$.person.birthDate", "must be on or after 1900-01-01"));
	}

	@Test
	void shouldNeverQuoteANameSentInTheWrongField() throws IOException {
		ObjectNode body = example("departure");
		body.put("statedPurpose", "Siti");
		body.put("visaType", "ADI");
		((ObjectNode) body.get("person")).put("sex", "SITI");
		((ObjectNode) body.get("person")).put("occupation", "UNEMPLOYD");
		((ObjectNode) body.get("person")).put("Siti", "Aminah");
		((ObjectNode) body.get("travelDocument")).put("type", "Sitiaminah");

		ReadResult result = this.reader.read(DecisionService.DEPARTURE, body);

		assertThat(result.problems()).extracting(InputProblem::path)
			.containsExactlyInAnyOrder("$.statedPurpose", "$.visaType", "$.person.sex", "$.person.occupation",
					"$.person['?']", "$.travelDocument.type");
		assertThat(result.problems().toString()).doesNotContainIgnoringCase("siti")
			.doesNotContain("'ADI'")
			.doesNotContain("'UNEMPLOYD'")
			.contains("did you mean UNEMPLOYED?");
	}

	@Test
	void shouldRefuseTextLongerThanAnyIdentifierOrName() throws IOException {
		ObjectNode body = example("departure").put("checkId", "C".repeat(201));
		((ObjectNode) body.get("person")).put("fullName", "x".repeat(60_000));

		assertThat(this.reader.read(DecisionService.DEPARTURE, body).problems()).containsExactly(
				new InputProblem("$.checkId", "must be at most 200 characters"),
				new InputProblem("$.person.fullName", "must be at most 200 characters"));
	}

	private static String message(ReadResult result, String path) {
		return result.problems().stream().filter((p) -> p.path().equals(path)).findFirst().orElseThrow().message();
	}

}
