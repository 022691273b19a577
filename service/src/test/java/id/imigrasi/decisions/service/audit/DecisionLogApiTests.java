package id.imigrasi.decisions.service.audit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.imigrasi.decisions.service.DecisionsApplication;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.ruleset.RulesetLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision log through the API, on a running service over real HTTP with its own data
 * folder: a decision is logged as answered, read back, found by the person's NIK,
 * replayed identical, and all of that again after a restart. The clear NIK, the name and
 * the passport number are then nowhere in the database files or the log output.
 *
 * <p>
 * Starts an application of its own rather than joining the context the other HTTP tests
 * share: a restart is its point (stopped and started again on the same data folder, so
 * that H2 really closes and reopens its file), and it scans that folder's files and the
 * DEBUG log for the clear NIK, so the folder must be new and hold only its decisions,
 * hashed with a secret it knows.
 */
@ExtendWith(OutputCaptureExtension.class)
class DecisionLogApiTests {

	static final String NIK = "3212015505010002";

	static final String NAME = "Contoh Penumpang";

	static final String PASSPORT_NUMBER = "E1234567";

	static final String SECRET = "decision-log-test-secret-0123456789abcdef";

	static final String CALLER_KEY = "test-caller-key";

	/** Search and replay take an auditor key (SPEC 8.1). */
	static final String AUDITOR_KEY = "test-auditor-key";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	static Path dataDir;

	private static ConfigurableApplicationContext service;

	@BeforeAll
	static void start() {
		// Arguments, not default properties: they win
		// over the build's decisions.data-dir.
		service = new SpringApplicationBuilder(DecisionsApplication.class).run("--server.port=0",
				"--decisions.data-dir=" + dataDir, "--decisions.nik-hash-secret=" + SECRET,
				// Our own code at DEBUG, so that the scan below reads what it would log.
				"--logging.level.id.imigrasi=DEBUG",
				// The API key of a caller, once keys are required (SPEC 9).
				"--decisions.security.caller-keys=" + CALLER_KEY, "--decisions.security.auditor-keys=" + AUDITOR_KEY,
				"--decisions.tables-dir=" + tablesDir());
	}

	@AfterAll
	static void stop() {
		service.close();
	}

	@Test
	void shouldReadBackADecisionAsItWasAnswered() throws Exception {
		HttpResponse<String> answered = post("/api/v1/decisions/departure", example("departure"));
		String decisionId = JSON.readTree(answered.body()).get("decisionId").asText();

		HttpResponse<String> logged = get("/api/v1/decisions/" + decisionId);

		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(logged.statusCode()).isEqualTo(200);
		assertThat(logged.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(logged.body()).isEqualTo(answered.body());
	}

	@Test
	void shouldReplayADecisionIdentically() throws Exception {
		for (String kind : List.of("departure", "passport-application")) {
			JsonNode answered = JSON.readTree(post("/api/v1/decisions/" + kind, example(kind)).body());

			HttpResponse<String> response = audit(
					"/api/v1/decisions/" + answered.get("decisionId").asText() + "/replay", "");

			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode replay = JSON.readTree(response.body());
			assertThat(replay.get("identical").asBoolean()).as(kind).isTrue();
			assertThat(replay.get("differences")).isEmpty();
			assertThat(replay.get("original")).isEqualTo(answered);
			assertThat(replay.at("/replayed/recommendation")).isEqualTo(answered.get("recommendation"));
			assertThat(replay.at("/replayed/findings").findValuesAsText("ruleId"))
				.isEqualTo(answered.get("findings").findValuesAsText("ruleId"));
		}
	}

	@Test
	void shouldReplayARequestWithoutADateOnTheDayItWasDecided() throws Exception {
		ObjectNode undated = (ObjectNode) JSON.readTree(example("departure"));
		undated.remove("checkDate");
		JsonNode answered = JSON.readTree(post("/api/v1/decisions/departure", undated.toString()).body());
		String decisionId = answered.get("decisionId").asText();

		JsonNode facts = JSON.readTree(jdbc().sql("SELECT facts FROM decision_log WHERE decision_id = :id")
			.param("id", decisionId)
			.query(String.class)
			.single());
		JsonNode replay = JSON.readTree(audit("/api/v1/decisions/" + decisionId + "/replay", "").body());

		assertThat(facts.get("checkDate").asText()).isEqualTo(answered.get("legalDate").asText());
		assertThat(replay.get("identical").asBoolean()).isTrue();
		assertThat(replay.at("/replayed/legalDate")).isEqualTo(answered.get("legalDate"));
	}

	@Test
	void shouldReplayOnTheKeptVersionADecisionWasMadeUnderAfterARollback() throws Exception {
		RulesetLifecycle lifecycle = service.getBean(RulesetLifecycle.class);
		String builtin = service.getBean(ActiveRuleset.class).builtin().info().version();
		lifecycle.reload("audit-replay-2", "the same tables under a new version", "test");
		JsonNode answered;
		try {
			answered = JSON.readTree(post("/api/v1/decisions/departure", example("departure")).body());
		}
		finally {
			lifecycle.activate(builtin, "test");
		}

		JsonNode replay = JSON
			.readTree(audit("/api/v1/decisions/" + answered.get("decisionId").asText() + "/replay", "").body());

		assertThat(answered.at("/ruleset/version").asText()).isEqualTo("audit-replay-2");
		assertThat(replay.get("identical").asBoolean()).isTrue();
		assertThat(replay.at("/replayed/ruleset")).isEqualTo(answered.get("ruleset"));
	}

	@Test
	void shouldFindAPersonsDecisionsByTheNikInTheBody() throws Exception {
		String decisionId = JSON.readTree(post("/api/v1/decisions/departure", example("departure")).body())
			.get("decisionId")
			.asText();

		JsonNode found = JSON.readTree(audit("/api/v1/decisions/search",
				"{\"nik\":\"" + NIK + "\",\"from\":\"2025-05-01\",\"to\":\"2025-05-31\"}")
			.body());
		JsonNode nobody = JSON.readTree(audit("/api/v1/decisions/search", "{\"nik\":\"3212015505010003\"}").body());
		JsonNode outOfDates = JSON
			.readTree(audit("/api/v1/decisions/search", "{\"nik\":\"" + NIK + "\",\"to\":\"2025-04-30\"}").body());

		assertThat(found.get("decisions").findValuesAsText("decisionId")).contains(decisionId);
		JsonNode entry = found.get("decisions").get(0);
		// The key's label, never the key itself.
		assertThat(entry.get("caller").asText()).isEqualTo("caller-1");
		assertThat(entry.at("/ruleset/sha256").asText()).hasSize(64);
		assertThat(nobody.get("decisions")).isEmpty();
		assertThat(outOfDates.get("decisions")).isEmpty();
	}

	@Test
	void shouldRefuseASearchWithABadNikWithoutEchoingIt() throws Exception {
		HttpResponse<String> response = audit("/api/v1/decisions/search",
				"{\"nik\":\"" + NIK + "9\",\"from\":\"2025-02-30\",\"name\":\"" + NAME + "\"}");

		assertProblem(response, 400, "invalid-request");
		assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("path")).contains("$.nik", "$.from",
				"$['?']");
		assertThat(response.body()).doesNotContain(NIK).doesNotContain(NAME);
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownDecision() throws Exception {
		assertProblem(get("/api/v1/decisions/no-such-decision"), 404, "decision-not-found");
		assertProblem(audit("/api/v1/decisions/no-such-decision/replay", ""), 404, "decision-not-found");
	}

	@Test
	void shouldRefuseToReplayOnARulesetVersionThatIsNotAvailable() throws Exception {
		String decisionId = JSON.readTree(post("/api/v1/decisions/departure", example("departure")).body())
			.get("decisionId")
			.asText();
		jdbc().sql("UPDATE decision_log SET ruleset_version = 'withdrawn-0.9' WHERE decision_id = :id")
			.param("id", decisionId)
			.update();

		HttpResponse<String> response = audit("/api/v1/decisions/" + decisionId + "/replay", "");

		assertProblem(response, 409, "replay-unavailable");
		assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("withdrawn-0.9");
	}

	@Test
	void shouldNotAnswerADecisionTheLogCouldNotStore() throws Exception {
		int before = count();
		jdbc().sql("ALTER TABLE decision_log RENAME TO decision_log_away").update();
		HttpResponse<String> response;
		try {
			response = post("/api/v1/decisions/departure", example("departure"));
		}
		finally {
			jdbc().sql("ALTER TABLE decision_log_away RENAME TO decision_log").update();
		}

		assertProblem(response, 503, "decision-log-unavailable");
		assertThat(response.body()).doesNotContain("decisionId").doesNotContain(NIK);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldKeepDecisionsAcrossARestartAndNeverStoreOrLogTheClearNik(CapturedOutput output) throws Exception {
		JsonNode answered = JSON
			.readTree(post("/api/v1/decisions/passport-application", example("passport-application")).body());
		String decisionId = answered.get("decisionId").asText();
		post("/api/v1/decisions/departure", example("departure").replace("\"2001-05-15\"", "\"2030-01-01\""));

		stop();
		start();

		HttpResponse<String> logged = get("/api/v1/decisions/" + decisionId);
		JsonNode replay = JSON.readTree(audit("/api/v1/decisions/" + decisionId + "/replay", "").body());
		JsonNode found = JSON.readTree(audit("/api/v1/decisions/search", "{\"nik\":\"" + NIK + "\"}").body());
		assertThat(logged.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(logged.body())).isEqualTo(answered);
		assertThat(replay.get("identical").asBoolean()).isTrue();
		assertThat(found.get("decisions").findValuesAsText("decisionId")).contains(decisionId);

		String hash = new NikHasher(SECRET).hash(NIK);
		byte[] stored = databaseFiles();
		// The scan can see stored text: the keyed hash is there, the
		// clear values are not.
		assertThat(contains(stored, hash)).as("the NIK hash is in the database file").isTrue();
		for (String personal : List.of(NIK, NAME, PASSPORT_NUMBER)) {
			assertThat(contains(stored, personal)).as("database files hold " + personal).isFalse();
		}
		assertThat(output.getAll()).contains(decisionId).doesNotContain(NIK, NAME, PASSPORT_NUMBER);
		// The stop closed the database cleanly: no failure of H2's own checks on close.
		assertThat(h2Trace()).doesNotContain("AssertionError");
	}

	private static Path tablesDir() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("decision-tables"))) {
				return dir.resolve("decision-tables");
			}
		}
		throw new IllegalStateException("decision-tables/ not found");
	}

	private static byte[] databaseFiles() throws IOException {
		try (Stream<Path> files = Files.walk(dataDir)) {
			List<Path> all = files.filter(Files::isRegularFile).toList();
			assertThat(all).anySatisfy((file) -> assertThat(file.getFileName().toString()).endsWith(".mv.db"));
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			for (Path file : all) {
				bytes.write(Files.readAllBytes(file));
			}
			return bytes.toByteArray();
		}
	}

	/** H2's own error log, next to the database file; empty when there is none. */
	private static String h2Trace() throws IOException {
		Path trace = dataDir.resolve("decision-log.trace.db");
		return Files.exists(trace) ? Files.readString(trace, StandardCharsets.ISO_8859_1) : "";
	}

	private static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

	private static JdbcClient jdbc() {
		return JdbcClient.create(service.getBean(DataSource.class));
	}

	private static int count() {
		return jdbc().sql("SELECT COUNT(*) FROM decision_log").query(Integer.class).single();
	}

	static String example(String kind) throws IOException {
		try (InputStream in = DecisionLogApiTests.class.getResourceAsStream("/examples/" + kind + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void assertProblem(HttpResponse<String> response, int status, String kind) throws IOException {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("type").asText()).endsWith(":" + kind);
	}

	private static HttpRequest.Builder request(String path, String key) {
		String port = service.getEnvironment().getProperty("local.server.port");
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-API-Key", key);
	}

	private static HttpResponse<String> post(String path, String body) throws Exception {
		return HTTP.send(request(path, CALLER_KEY).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A search or a replay, by an auditor, with the purpose a search needs. */
	private static HttpResponse<String> audit(String path, String body) throws Exception {
		return HTTP.send(request(path, AUDITOR_KEY).header("Content-Type", "application/json")
			.header("X-Purpose", "decision-log tests")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(request(path, CALLER_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
