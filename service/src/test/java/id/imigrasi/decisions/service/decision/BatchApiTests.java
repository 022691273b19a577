package id.imigrasi.decisions.service.decision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import id.imigrasi.decisions.service.contract.RequestReaderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening a manifest over real HTTP (SPEC 8.1): every line answered in order, a bad
 * line answered as its own problem without stopping the batch, every decision logged as a
 * single call logs it, a batch over the limits refused before anything is evaluated, and
 * the answer streamed rather than held.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BatchApiTests {

	private static final String CALLER_KEY = "test-caller-key";

	private static final String NIK = "3212015505010002";

	private static final String NDJSON = "application/x-ndjson";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	MeterRegistry meters;

	@Test
	void shouldAnswerEveryLineInOrderAndLogAndCountExactlyTheGoodOnes() throws Exception {
		String departure = departure().toString();
		ObjectNode misspelt = departure();
		misspelt.set("statedPurpos", misspelt.remove("statedPurpose"));
		String malformed = "{\"person\": {\"nik\": \"" + NIK + "\", \"fullName\": Contoh";
		List<String> lines = List.of(departure, malformed, departure, misspelt.toString(), "", departure,
				"{\"checkId\": 1,", departure);
		int logged = logRows();
		double decided = decisionsAnswered();

		HttpResponse<String> response = batch("departure", String.join("\n", lines) + "\n");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(NDJSON));
		List<JsonNode> answers = answers(response.body());
		assertThat(answers).hasSize(lines.size());
		for (int i : List.of(0, 2, 5, 7)) {
			assertThat(answers.get(i).get("recommendation").asText()).as("line %d", i + 1).isEqualTo("DEFER");
			assertThat(answers.get(i).has("line")).isFalse();
		}
		assertThat(problemLines(answers)).containsExactly(2, 4, 5, 7);
		assertThat(answers.get(1).get("type").asText()).endsWith(":malformed-json");
		assertThat(answers.get(3).get("type").asText()).endsWith(":invalid-request");
		assertThat(answers.get(3).get("errors").findValuesAsText("path")).containsExactlyInAnyOrder("$.statedPurpos",
				"$.statedPurpose");
		assertThat(answers.get(4).at("/errors/0/message").asText()).isEqualTo("a JSON body is required");
		assertThat(response.body()).doesNotContain(NIK).doesNotContain("Contoh");
		assertThat(logRows()).isEqualTo(logged + 4);
		assertThat(decisionsAnswered()).isEqualTo(decided + 4);
		for (int i : List.of(0, 2, 5, 7)) {
			assertThat(loggedCaller(answers.get(i).get("decisionId").asText())).isEqualTo("caller-1");
		}
	}

	@Test
	void shouldAnswerEachDecisionWithTheJsonTheLogStored() throws Exception {
		JsonNode answer = answers(batch("departure", departure() + "\n").body()).get(0);

		HttpResponse<String> stored = HTTP.send(
				request("/api/v1/decisions/" + answer.get("decisionId").asText()).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(JSON.readTree(stored.body())).isEqualTo(answer);
	}

	@Test
	void shouldGiveEachBadLineTheErrorsASingleCallGives() throws Exception {
		ObjectNode invalid = departure();
		invalid.put("visaType", "UMROH");
		((ObjectNode) invalid.get("person")).remove("birthDate");
		String malformed = "{\"checkId\": \"C-1\", \"checkId\": \"C-2\"}";

		List<JsonNode> answers = answers(batch("departure", invalid + "\n" + malformed + "\n").body());

		for (int i = 0; i < 2; i++) {
			String body = (i == 0) ? invalid.toString() : malformed;
			JsonNode single = JSON
				.readTree(HTTP.send(request("/api/v1/decisions/departure").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString()).body());
			assertThat(answers.get(i).get("line").asInt()).isEqualTo(i + 1);
			assertThat(answers.get(i).get("status").asInt()).isEqualTo(400);
			assertThat(answers.get(i).get("type")).isEqualTo(single.get("type"));
			assertThat(answers.get(i).get("errors")).isEqualTo(single.get("errors"));
		}
	}

	@Test
	void shouldScreenPassportApplicationsToo() throws Exception {
		ObjectNode application = RequestReaderTest.example("passport-application");

		List<JsonNode> answers = answers(
				batch("passport-application", application + "\n" + departure() + "\n" + application).body());

		assertThat(answers).hasSize(3);
		assertThat(answers.get(0).get("service").asText()).isEqualTo("passport-application");
		assertThat(answers.get(0).get("recommendation").asText()).isEqualTo("REFUSE");
		assertThat(answers.get(1).get("line").asInt()).isEqualTo(2);
		assertThat(answers.get(2).get("service").asText()).isEqualTo("passport-application");
	}

	@Test
	void shouldAnswerALineOverTheSingleRequestLimitAsItsOwnProblem() throws Exception {
		ObjectNode huge = departure();
		huge.put("checkpoint", "X".repeat(70_000));

		List<JsonNode> answers = answers(batch("departure", departure() + "\n" + huge + "\n" + departure()).body());

		assertThat(answers).hasSize(3);
		assertThat(answers.get(1).get("line").asInt()).isEqualTo(2);
		assertThat(answers.get(1).get("status").asInt()).isEqualTo(413);
		assertThat(answers.get(2).has("decisionId")).isTrue();
	}

	@Test
	void shouldRefuseMoreThan100000LinesWith413AndEvaluateNone() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			body.append(departure()).append('\n');
		}
		body.append("\n".repeat(BatchScreening.MAX_LINES + 1 - 10));
		int logged = logRows();
		double decided = decisionsAnswered();

		HttpResponse<String> response = batch("departure", body.toString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("type").asText()).endsWith(":body-too-large");
		assertThat(logRows()).isEqualTo(logged);
		assertThat(decisionsAnswered()).isEqualTo(decided);
	}

	@Test
	void shouldRefuseADeclaredLengthOverTheLimitBeforeReadingTheBody() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/decisions/departure/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + CALLER_KEY
					+ "\r\nContent-Type: " + NDJSON + "\r\nContent-Length: " + (BatchScreening.MAX_BYTES + 1)
					+ "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(departure().toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

			assertThat(in.readLine()).startsWith("HTTP/1.1 413");
		}
	}

	@Test
	void shouldRefuseAnotherMediaTypeWith415() throws Exception {
		HttpResponse<String> response = HTTP
			.send(request("/api/v1/decisions/departure/batch").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(departure().toString()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(415);
	}

	@Test
	void shouldRefuseABatchWithoutAKey() throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/decisions/departure/batch"))
			.header("Content-Type", NDJSON)
			.POST(HttpRequest.BodyPublishers.ofString(departure().toString()))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldKeepInputOrderAcrossThousandsOfLinesDecidedInParallel() throws Exception {
		List<String> expected = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 3_000; i++) {
			ObjectNode line = clean();
			String recommendation = List.of("ALLOW", "DEFER", "SECONDARY_INSPECTION", "REFUSE_EXIT").get(i % 4);
			switch (recommendation) {
				case "DEFER" -> line.put("statedPurpose", "UMRAH");
				case "SECONDARY_INSPECTION" -> line.put("returnTicket", false).remove("interview");
				case "REFUSE_EXIT" -> ((ObjectNode) line.get("travelDocument")).put("expiryDate", "2025-05-18");
				default -> {
				}
			}
			if (i % 7 == 3) {
				line.put("visaType", "UMROH");
				recommendation = "line " + (i + 1);
			}
			expected.add(recommendation);
			body.append(line).append('\n');
		}

		List<JsonNode> answers = answers(batch("departure", body.toString()).body());

		assertThat(answers.stream()
			.map((a) -> a.has("line") ? "line " + a.get("line").asInt() : a.get("recommendation").asText())
			.toList()).isEqualTo(expected);
	}

	/**
	 * The client reads the first answer line and then nothing more. A service that holds
	 * the answer until the batch is done would have decided and logged all 20,000 lines
	 * before that first line left; a streaming one is held back by the unread socket and
	 * its window, so far fewer are logged at that moment, whatever the machine's speed.
	 */
	@Test
	void shouldStreamTheFirstAnswersBeforeTheLastLinesAreDecided() throws Exception {
		int count = 20_000;
		// One in four the README's example (DEFER, a 12.7 kB answer), the rest clean
		// (ALLOW,
		// 0.3 kB): some 68 MB of answers, far more than socket buffers hold (4 MB at most
		// here).
		byte[] deferred = (departure() + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] allowed = (clean() + "\n").getBytes(StandardCharsets.UTF_8);
		long length = (long) deferred.length * (count / 4) + (long) allowed.length * (count - count / 4);
		int logged = logRows();
		try (Socket socket = new Socket()) {
			socket.setReceiveBufferSize(16 * 1024);
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", this.port));
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/decisions/departure/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + CALLER_KEY
					+ "\r\nContent-Type: " + NDJSON + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < count; i++) {
				out.write((i % 4 == 0) ? deferred : allowed);
			}
			out.flush();
			ChunkedLines answer = new ChunkedLines(socket);

			assertThat(answer.status()).startsWith("HTTP/1.1 200");
			assertThat(JSON.readTree(answer.next()).get("recommendation").asText()).isEqualTo("DEFER");
			// The client has taken one line; the service can have written at most what
			// the
			// socket buffers hold, and decided at most its window more.
			int loggedAtFirstAnswer = logRows() - logged;
			assertThat(loggedAtFirstAnswer).isLessThan(count / 2);

			int decisions = 1;
			for (String next; (next = answer.next()) != null;) {
				assertThat(next).startsWith("{\"decisionId\"");
				decisions++;
			}
			assertThat(decisions).isEqualTo(count);
		}
		assertThat(logRows()).isEqualTo(logged + count);
	}

	@Test
	void shouldDescribeBothBatchCallsInTheOpenApiDocument() throws Exception {
		JsonNode api = JSON
			.readTree(HTTP.send(request("/v3/api-docs").GET().build(), HttpResponse.BodyHandlers.ofString()).body());

		for (String service : List.of("departure", "passport-application")) {
			JsonNode post = api.at("/paths/~1api~1v1~1decisions~1" + service + "~1batch/post");
			assertThat(post.at("/requestBody/content/application~1x-ndjson")).as(service).isNotEmpty();
			assertThat(post.at("/responses/200/content/application~1x-ndjson/schema/oneOf").findValuesAsText("$ref"))
				.anySatisfy((ref) -> assertThat(ref).endsWith("/Decision"))
				.anySatisfy((ref) -> assertThat(ref).endsWith("/BatchLineProblem"));
			assertThat(post.at("/responses/413")).isNotEmpty();
		}
	}

	private static ObjectNode departure() throws IOException {
		return RequestReaderTest.example("departure");
	}

	/** The example's traveller with nothing to find: ALLOW. */
	private static ObjectNode clean() throws IOException {
		ObjectNode body = departure();
		body.putObject("interview")
			.put("purposeConsistent", true)
			.put("canStateTripDuration", true)
			.put("intendsToWork", false)
			.put("recruitedVia", "NONE")
			.put("recruiterPresent", false)
			.put("costsPaidByThirdParty", false)
			.put("passportHeldByOther", false);
		return body.put("statedPurpose", "TOURISM")
			.put("destinationCountry", "JP")
			.put("visaType", "VISA_ON_ARRIVAL")
			.put("returnTicket", true)
			.put("accompaniedBy", "FAMILY");
	}

	private static List<Integer> problemLines(List<JsonNode> answers) {
		return answers.stream().filter((a) -> a.has("line")).map((a) -> a.get("line").asInt()).toList();
	}

	private static List<JsonNode> answers(String body) throws IOException {
		List<JsonNode> answers = new ArrayList<>();
		for (String line : body.split("\n")) {
			answers.add(JSON.readTree(line));
		}
		return answers;
	}

	private HttpResponse<String> batch(String service, String body) throws Exception {
		return HTTP.send(request("/api/v1/decisions/" + service + "/batch").header("Content-Type", NDJSON)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-API-Key", CALLER_KEY);
	}

	private int logRows() {
		return jdbc().sql("SELECT COUNT(*) FROM decision_log").query(Integer.class).single();
	}

	private String loggedCaller(String decisionId) {
		return jdbc().sql("SELECT caller FROM decision_log WHERE decision_id = :id")
			.param("id", decisionId)
			.query(String.class)
			.single();
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

	/**
	 * The {@code decisions_total} count, from the registry: tests run without the
	 * Prometheus endpoint (Spring Boot switches metrics export off in tests).
	 */
	private double decisionsAnswered() {
		return this.meters.find("decisions").counters().stream().mapToDouble(Counter::count).sum();
	}

}
