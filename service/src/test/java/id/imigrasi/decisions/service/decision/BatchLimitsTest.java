package id.imigrasi.decisions.service.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.service.contract.RequestReaderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch byte limit is set for real manifests: 100,000 of the fullest lines a caller
 * can send fit with half as much again to spare, and a line stays far below the limit of
 * one request.
 */
class BatchLimitsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void shouldFit100000OfTheFullestRealisticLinesWithRoomToSpare() throws IOException {
		for (ObjectNode fullest : new ObjectNode[] { fullestDeparture(), fullestApplication() }) {
			// Spaces after every separator, as some JSON writers put them; still one
			// line.
			int spaced = JSON.writer(new DefaultPrettyPrinter().withoutSpacesInObjectEntries())
				.writeValueAsString(fullest)
				.replaceAll("\\s*\\n\\s*", " ")
				.getBytes(StandardCharsets.UTF_8).length;

			assertThat(spaced).isLessThan(BatchScreening.MAX_LINE_BYTES / 10);
			assertThat((double) BatchScreening.MAX_LINES * spaced * 1.5).isLessThan(BatchScreening.MAX_BYTES);
		}
	}

	/** Every optional field filled, long names, four transit countries. */
	private static ObjectNode fullestDeparture() throws IOException {
		ObjectNode departure = RequestReaderTest.example("departure");
		person(departure);
		departure.put("passengerAnalysisFlag", true);
		departure.putArray("transitCountries").add("MY").add("SG").add("AE").add("QA");
		departure.putObject("migrantWorker")
			.put("registeredCpmi", true)
			.put("workVisa", true)
			.put("placementAgreement", true)
			.put("employmentContract", true)
			.put("socialSecurity", true);
		return departure;
	}

	/** Every document, long names, a full interview. */
	private static ObjectNode fullestApplication() throws IOException {
		ObjectNode application = RequestReaderTest.example("passport-application");
		person(application);
		application.set("interview", RequestReaderTest.example("departure").get("interview"));
		application.putArray("documents")
			.add("KTP")
			.add("KK")
			.add("BIRTH_CERTIFICATE")
			.add("MARRIAGE_CERTIFICATE")
			.add("PARENTAL_CONSENT")
			.add("SPOUSE_CONSENT")
			.add("DISNAKER_RECOMMENDATION")
			.add("HEALTH_CERTIFICATE")
			.add("PPIU_LETTER")
			.add("KEMNAKER_INTERNSHIP_RECOMMENDATION")
			.add("INVITATION_LETTER")
			.add("ADMISSION_LETTER")
			.add("EMPLOYER_LETTER")
			.add("UMRAH_SERVICE_RECEIPT");
		return application;
	}

	private static void person(ObjectNode request) {
		ObjectNode person = (ObjectNode) request.get("person");
		person.put("fullName", "Siti Nurhaliza Rahmawati Putri Kusumaningrum Wijayakusuma Binti Abdul Rahman");
		person.putObject("domicile")
			.put("province", "Kepulauan Bangka Belitung")
			.put("regency", "Kabupaten Penukal Abab Lematang Ilir");
		((ObjectNode) person.get("watchlist")).put("issuanceSuspendedUntil", "2025-01-01");
	}

}
