package id.imigrasi.decisions.service.oversight;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read of the log is itself logged (SPEC 8.1): a search with its purpose and the
 * person as the NIK's keyed hash, never the NIK; a read and a refused read of one
 * decision; a search without a purpose, or with a NIK in it, refused with 400 and not
 * logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessLogApiTests {

	private static final String SEARCH = "/api/v1/decisions/search";

	@LocalServerPort
	int port;

	private Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	@Test
	void shouldLogASearchWithItsPurposeAndNeverTheNik() {
		String decisionId = this.api.decide(Api.CALLER);
		String purpose = "Keberatan 2025/" + UUID.randomUUID();

		HttpResponse<String> found = this.api.post(SEARCH, "{\"nik\": \"" + Api.NIK + "\"}", Api.AUDITOR, purpose);

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(Api.json(found).get("decisions").findValuesAsText("decisionId")).contains(decisionId);
		JsonNode entry = entry("purpose", purpose);
		assertThat(entry.get("kind").asText()).isEqualTo("SEARCH");
		assertThat(entry.get("accessor").asText()).isEqualTo("auditor-1");
		assertThat(entry.get("role").asText()).isEqualTo("auditor");
		assertThat(entry.get("granted").asBoolean()).isTrue();
		assertThat(entry.get("subjectHash").asText()).hasSize(64);
		assertThat(entry.get("detail").asText()).contains("decision(s) found");
		assertThat(entry.get("at").asText()).isNotBlank();
		assertThat(this.api.get("/api/v1/access-log?size=500", Api.ADMIN).body()).doesNotContain(Api.NIK);
	}

	@Test
	void shouldRefuseASearchWithoutAPurposeOrWithANikInIt() {
		long before = total();

		HttpResponse<String> none = this.api.post(SEARCH, "{\"nik\": \"" + Api.NIK + "\"}", Api.AUDITOR, null);
		HttpResponse<String> nik = this.api.post(SEARCH, "{\"nik\": \"" + Api.NIK + "\"}", Api.AUDITOR,
				"looking up " + Api.NIK);
		HttpResponse<String> both = this.api.post(SEARCH, "{\"nik\": \"123\"}", Api.AUDITOR, " ");

		OutcomeApiTests.assertProblem(none, 400, "invalid-request");
		assertThat(Api.json(none).get("errors").findValuesAsText("path")).containsExactly("X-Purpose");
		OutcomeApiTests.assertProblem(nik, 400, "invalid-request");
		assertThat(nik.body()).doesNotContain(Api.NIK);
		assertThat(Api.json(both).get("errors").findValuesAsText("path")).containsExactlyInAnyOrder("X-Purpose",
				"$.nik");
		// nothing logged for the refused searches; the one entry more is the first
		// count's
		// own read of the access log
		assertThat(total()).isEqualTo(before + 1);
	}

	@Test
	void shouldLogReadsAndRefusedReadsOfOneDecision() {
		String decisionId = this.api.decide(Api.CALLER);

		this.api.get("/api/v1/decisions/" + decisionId, Api.CALLER);
		this.api.get("/api/v1/decisions/" + decisionId, Api.OTHER_CALLER);
		this.api.post("/api/v1/decisions/" + decisionId + "/replay", "", Api.ADMIN);

		JsonNode entries = Api.json(this.api.get("/api/v1/access-log?size=20", Api.ADMIN)).get("entries");
		assertThat(entries.findParents("decisionId")
			.stream()
			.filter((e) -> e.get("decisionId").asText().equals(decisionId))
			.map((e) -> e.get("kind").asText() + " " + e.get("accessor").asText() + " " + e.get("granted").asText())
			.toList()).containsExactly("REPLAY admin-1 true", "READ caller-2 false", "READ caller-1 true");
	}

	@Test
	void shouldPageTheAccessLogForAdmins() {
		this.api.get("/api/v1/decisions/" + this.api.decide(Api.CALLER), Api.AUDITOR);

		JsonNode page = Api.json(this.api.get("/api/v1/access-log?page=0&size=1", Api.ADMIN));
		HttpResponse<String> tooLarge = this.api.get("/api/v1/access-log?size=5000", Api.ADMIN);

		assertThat(page.get("entries")).hasSize(1);
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(1);
		OutcomeApiTests.assertProblem(tooLarge, 400, "invalid-request");
	}

	@Test
	void shouldLogEveryReadOfTheAccessLogItself() {
		this.api.get("/api/v1/access-log?page=2&size=3", Api.ADMIN);

		JsonNode newest = Api.json(this.api.get("/api/v1/access-log?size=1", Api.ADMIN)).get("entries").get(0);

		assertThat(newest.get("kind").asText()).isEqualTo("ACCESS_LOG");
		assertThat(newest.get("accessor").asText()).isEqualTo("admin-1");
		assertThat(newest.get("role").asText()).isEqualTo("admin");
		assertThat(newest.get("detail").asText()).isEqualTo("page 2, 3 per page");
	}

	private long total() {
		return Api.json(this.api.get("/api/v1/access-log?size=1", Api.ADMIN)).get("total").asLong();
	}

	private JsonNode entry(String field, String value) {
		JsonNode entries = Api.json(this.api.get("/api/v1/access-log?size=50", Api.ADMIN)).get("entries");
		for (JsonNode entry : entries) {
			if (value.equals(entry.path(field).asText())) {
				return entry;
			}
		}
		throw new AssertionError("No access-log entry with " + field + " " + value + " in " + entries);
	}

}
