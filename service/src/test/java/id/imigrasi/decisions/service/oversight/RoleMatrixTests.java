package id.imigrasi.decisions.service.oversight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.imigrasi.decisions.service.contract.RequestReaderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what (SPEC 8.1, 9): every endpoint against each role, on the caller's own
 * decision and on another caller's, in one table. A decision is asked for with the first
 * caller's key; "other caller" is the second caller's key on that decision. Nothing here
 * changes the active ruleset: activation is tried on a version that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoleMatrixTests {

	private static final String FOLLOWED = """
			{"action": "FOLLOWED", "finalDecision": "DEFER", "officer": "cgk-officer-0147"}
			""";

	@LocalServerPort
	int port;

	private Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	/**
	 * One endpoint and the status each key gets: the caller that asked for the decision,
	 * another caller, an auditor, an admin, no key.
	 */
	record Row(String method, String path, String body, int own, int otherCaller, int auditor, int admin, int noKey) {

		@Override
		public String toString() {
			return this.method + " " + this.path + ": caller " + this.own + ", other caller " + this.otherCaller
					+ ", auditor " + this.auditor + ", admin " + this.admin + ", no key " + this.noKey;
		}

	}

	static List<Row> matrix() {
		return List.of(
				// method, path ({id}: a decision of the first caller), body,
				// own, other caller, auditor, admin, no key
				new Row("POST", "/api/v1/decisions/departure", departure(), 200, 200, 403, 200, 401),
				new Row("GET", "/api/v1/decisions/{id}", null, 200, 403, 200, 200, 401),
				new Row("POST", "/api/v1/decisions/{id}/outcome", FOLLOWED, 201, 403, 403, 403, 401),
				new Row("POST", "/api/v1/decisions/{id}/replay", "", 403, 403, 200, 200, 401),
				new Row("POST", "/api/v1/decisions/search", "{\"nik\": \"" + Api.NIK + "\"}", 403, 403, 200, 200, 401),
				new Row("GET", "/api/v1/criteria", null, 403, 403, 200, 200, 401),
				new Row("GET", "/api/v1/access-log", null, 403, 403, 403, 200, 401),
				new Row("GET", "/api/v1/ruleset", null, 200, 200, 200, 200, 401),
				new Row("GET", "/api/v1/rulesets", null, 200, 200, 200, 200, 401),
				new Row("POST", "/api/v1/rulesets/no-such-version/activate", "", 403, 403, 403, 404, 401),
				// Tests run without metrics export (Spring Boot's test default): past the
				// key
				// check the endpoint is absent, 404; without a key it is never reached.
				new Row("GET", "/actuator/prometheus", null, 404, 404, 404, 404, 401),
				new Row("GET", "/actuator/health", null, 200, 200, 200, 200, 200),
				new Row("GET", "/v3/api-docs", null, 200, 200, 200, 200, 200));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void shouldLetEachRoleDoOnlyWhatItMay(Row row) {
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(call(row, Api.CALLER)).as("caller, own decision").isEqualTo(row.own());
		softly.assertThat(call(row, Api.OTHER_CALLER)).as("another caller").isEqualTo(row.otherCaller());
		softly.assertThat(call(row, Api.AUDITOR)).as("auditor").isEqualTo(row.auditor());
		softly.assertThat(call(row, Api.ADMIN)).as("admin").isEqualTo(row.admin());
		softly.assertThat(call(row, null)).as("no key").isEqualTo(row.noKey());
		softly.assertAll();
	}

	@Test
	void shouldShowHealthDetailsOnlyWithAKey() {
		JsonNode open = Api.json(this.api.get("/actuator/health", null));
		JsonNode readiness = Api.json(this.api.get("/actuator/health/readiness", null));
		JsonNode withKey = Api.json(this.api.get("/actuator/health", Api.CALLER));

		assertThat(open.get("status").asText()).isEqualTo("UP");
		assertThat(open.has("components")).isFalse();
		assertThat(readiness.get("status").asText()).isEqualTo("UP");
		assertThat(readiness.has("components")).isFalse();
		assertThat(withKey.at("/components/rules/details/version").asText()).startsWith("builtin-");
	}

	/**
	 * The status one key gets; a decision-bound path gets a fresh decision of the first
	 * caller, so an outcome can be recorded once per call.
	 */
	private int call(Row row, String key) {
		String path = row.path().contains("{id}") ? row.path().replace("{id}", this.api.decide(Api.CALLER))
				: row.path();
		HttpResponse<String> response = row.method().equals("GET") ? this.api.get(path, key)
				: this.api.post(path, row.body(), key, "role matrix test");
		return response.statusCode();
	}

	private static String departure() {
		try {
			return RequestReaderTest.example("departure").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
