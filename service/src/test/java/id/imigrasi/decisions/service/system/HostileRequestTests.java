package id.imigrasi.decisions.service.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.imigrasi.decisions.service.contract.RequestReaderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests as an attacker sends them (issue 20): one size limit whatever the path
 * spelling, every refusal as small problem+json (the firewall's, Tomcat's and
 * {@code /error} included), and no NIK from the URL in the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileRequestTests {

	private static final String CALLER_KEY = "test-caller-key";

	private static final String NIK = "3212015505010002";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/decisions/departure", "/api/v1/%64ecisions/departure",
			"/api/v1/decisions/%64eparture", "/api/v1/%64%65cisions/passport-application" })
	void shouldRefuseABodyOverTheLimitWhateverThePathSpelling(String path) throws Exception {
		for (int size : List.of(200_000, 2_000_000)) {
			byte[] body = bigDeparture(size);

			HttpResponse<String> declared = send(path, HttpRequest.BodyPublishers.ofByteArray(body));
			HttpResponse<String> chunked = send(path,
					HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

			for (HttpResponse<String> response : List.of(declared, chunked)) {
				assertProblem(response, 413);
				assertThat(response.body().length()).isLessThan(1_000);
			}
		}
	}

	@Test
	void shouldListTheFirstFiftyProblemsAndCountTheRest() throws Exception {
		ObjectNode body = RequestReaderTest.example("departure");
		ArrayNode transit = body.putArray("transitCountries");
		for (int i = 0; i < 20_000; i++) {
			transit.add(1);
		}
		byte[] bytes = JSON.writeValueAsBytes(body);
		assertThat(bytes.length).isLessThan(64 * 1024);

		HttpResponse<String> response = send("/api/v1/decisions/departure",
				HttpRequest.BodyPublishers.ofByteArray(bytes));

		assertProblem(response, 400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("errors")).hasSize(50);
		assertThat(problem.get("moreErrors").asInt()).isEqualTo(20_000 - 50);
		assertThat(problem.get("detail").asText()).startsWith("20000 problem(s)");
		assertThat(response.body().length()).isLessThan(bytes.length / 4);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/decisions;jsessionid=1/departure", "/api/v1//decisions/departure",
			"/api/v1/decisions%2Fdeparture", "/api/v1/decisions/%2e%2e/departure", "/api/v1/decisions/%00",
			"/api/v1/decisions/%5Cdeparture" })
	void shouldAnswerTheFirewallsRefusalsAsProblems(String path) throws Exception {
		HttpResponse<String> response = send(path,
				HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(RequestReaderTest.example("departure"))));

		assertProblem(response, 400);
	}

	@Test
	void shouldAnswerTheErrorPageAsNotFound() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/error")).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertProblem(response, 404);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/decisions/" + NIK, "/api/v1/decisions/" + NIK + "/replay",
			"/api/v1/people/" + NIK, "/api/v1/decisions/nik-" + NIK, "/api/v1/rulesets/" + NIK + "/activate" })
	void shouldNotShowANikFromTheUrlInTheProblem(String path) throws Exception {
		for (String key : List.of(CALLER_KEY, "not-a-key")) {
			for (String method : List.of("GET", "POST")) {
				HttpResponse<String> response = HTTP
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.header("X-API-Key", key)
						.method(method, HttpRequest.BodyPublishers.noBody())
						.build(), HttpResponse.BodyHandlers.ofString());

				assertThat(response.statusCode()).isBetween(400, 499);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(response.body()).doesNotContain(NIK).doesNotContain(NIK.substring(0, 13));
			}
		}
	}

	private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("X-API-Key", CALLER_KEY)
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The departure example with a name long enough to make the body {@code size} bytes.
	 */
	private static byte[] bigDeparture(int size) throws IOException {
		ObjectNode body = RequestReaderTest.example("departure");
		((ObjectNode) body.get("person")).put("fullName", "x".repeat(size));
		return JSON.writeValueAsBytes(body);
	}

	private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asText()).startsWith("urn:imigrasi:decisions:problem:");
	}

}
