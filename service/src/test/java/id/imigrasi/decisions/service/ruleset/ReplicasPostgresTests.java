package id.imigrasi.decisions.service.ruleset;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.service.DecisionsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the service (two Spring contexts, each with its own web server and data
 * folder) on one PostgreSQL, as behind a load balancer (issue 18): a version activated on
 * A is served by B within 2 s; a decision answered by A is read, replayed and has its
 * officer's outcome recorded on B; a rollback on B reaches A; a version that B cannot
 * compile (planted) leaves B on the old version and not ready, and A unaffected. Skipped
 * with a message when no PostgreSQL is reachable ({@code .ci/run} starts one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasPostgresTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String CALLER = "replicas-caller-key";

	private static final String ADMIN = "replicas-admin-key";

	/** B refuses to compile versions labelled so: a replica that cannot follow. */
	private static final String PLANTED = "planted-";

	private static TestPostgres database;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static String builtin;

	@BeforeAll
	static void startTwoReplicas() throws Exception {
		database = TestPostgres.freshSchemaOrSkip("Two-replica tests on PostgreSQL");
		a = replica(null);
		b = replica((context) -> ((GenericApplicationContext) context).registerBean("plantedFailure",
				RulesetCompiler.class, () -> ReplicasPostgresTests::compileUnlessPlanted,
				(definition) -> definition.setPrimary(true)));
		builtin = activeVersion(a);
	}

	@AfterAll
	static void stop() throws Exception {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void shouldServeAnUploadOnAFromBWithinTwoSeconds() throws Exception {
		assertThat(activeVersion(b)).isEqualTo(builtin);

		HttpResponse<String> uploaded = keepAndActivate(a, "r1-dc099-medical");
		long uploadedAt = System.nanoTime();
		double seconds = secondsUntilServed(b, "r1-dc099-medical");

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
		assertThat(seconds).as("seconds until B serves the upload").isLessThan(2.0);
		JsonNode medical = decide(b, medicalWithoutReturnTicket());
		assertThat(medical.get("findings").findValuesAsText("ruleId")).contains("DC-099");
		assertThat(medical.at("/ruleset/version").asText()).isEqualTo("r1-dc099-medical");
		System.out.printf("Replica B served the upload %.0f ms after A answered it (%.0f ms measured)%n",
				seconds * 1000, (System.nanoTime() - uploadedAt) / 1e6);
	}

	@Test
	@Order(2)
	void shouldReadReplayAndRecordTheOutcomeOnBOfADecisionAnsweredByA() throws Exception {
		JsonNode answered = decide(a);
		String id = answered.get("decisionId").asText();

		HttpResponse<String> read = send(b, "GET", "/api/v1/decisions/" + id, null, CALLER);
		JsonNode replay = JSON.readTree(send(b, "POST", "/api/v1/decisions/" + id + "/replay", "", ADMIN).body());
		String followed = """
				{"action": "FOLLOWED", "finalDecision": "%s", "officer": "cgk-officer-0147"}
				""".formatted(answered.get("recommendation").asText());
		HttpResponse<String> outcome = send(b, "POST", "/api/v1/decisions/" + id + "/outcome", followed, CALLER);
		HttpResponse<String> second = send(a, "POST", "/api/v1/decisions/" + id + "/outcome", followed, CALLER);

		assertThat(answered.at("/ruleset/version").asText()).isEqualTo("r1-dc099-medical");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(read.body())).isEqualTo(answered);
		assertThat(replay.get("identical").asBoolean()).as(replay.toString()).isTrue();
		assertThat(replay.at("/replayed/ruleset/version").asText()).isEqualTo("r1-dc099-medical");
		assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
		assertThat(second.statusCode()).as("a second outcome, on the other replica").isEqualTo(409);
		assertThat(JSON.readTree(send(a, "GET", "/api/v1/decisions/" + id, null, CALLER).body())
			.at("/outcome/action")
			.asText()).isEqualTo("FOLLOWED");
	}

	@Test
	@Order(3)
	void shouldBringARollbackOnBToA() throws Exception {
		JsonNode madeOnUpload = decide(a);

		HttpResponse<String> rollback = send(b, "POST", "/api/v1/rulesets/" + builtin + "/activate", null, ADMIN);
		double seconds = secondsUntilServed(a, builtin);

		assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
		assertThat(seconds).as("seconds until A serves the rollback").isLessThan(2.0);
		assertThat(decide(a, medicalWithoutReturnTicket()).get("findings").findValuesAsText("ruleId"))
			.doesNotContain("DC-099");
		// A decision made under the version rolled back from still replays, on either.
		JsonNode replay = JSON.readTree(
				send(b, "POST", "/api/v1/decisions/" + madeOnUpload.get("decisionId").asText() + "/replay", "", ADMIN)
					.body());
		assertThat(replay.get("identical").asBoolean()).isTrue();
	}

	@Test
	@Order(4)
	void shouldLeaveAReplicaThatCannotCompileOnTheOldVersionNotReadyAndTheOthersUnaffected() throws Exception {
		HttpResponse<String> uploaded = keepAndActivate(a, PLANTED + "r2");
		Thread.sleep(1500);

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
		assertThat(activeVersion(a)).isEqualTo(PLANTED + "r2");
		assertThat(send(a, "GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
		assertThat(activeVersion(b)).isEqualTo(builtin);
		assertThat(decide(b).at("/ruleset/version").asText()).isEqualTo(builtin);
		HttpResponse<String> readiness = send(b, "GET", "/actuator/health/readiness", null, null);
		assertThat(readiness.statusCode()).isEqualTo(503);
		JsonNode replicas = JSON.readTree(send(a, "GET", "/api/v1/rulesets/replicas", null, CALLER).body());
		assertThat(replicas).hasSize(2);
		assertThat(replicas.findValuesAsText("ready")).containsExactlyInAnyOrder("true", "false");
		assertThat(replicas.findValuesAsText("problem"))
			.anySatisfy((problem) -> assertThat(problem).contains(PLANTED + "r2"));

		// Back to a version B can serve: B follows it and is ready again.
		send(a, "POST", "/api/v1/rulesets/r1-dc099-medical/activate", null, ADMIN);
		assertThat(secondsUntilServed(b, "r1-dc099-medical")).isLessThan(2.0);
		assertThat(send(b, "GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(5)
	void shouldRefuseALabelTakenInAnotherLetterCaseOnEitherReplica() throws Exception {
		HttpResponse<String> refused = upload(b, "R1-DC099-MEDICAL");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsText("code"))
			.containsExactly("VERSION_EXISTS");
	}

	private static Ruleset compileUnlessPlanted(String version, Map<String, byte[]> workbooks) throws RulesetException {
		if (version.startsWith(PLANTED)) {
			throw new RulesetException(List
				.of(Problem.error(ProblemCode.COMPILE_FAILED, "", "Planted: this replica cannot compile " + version,
						"Ditanam: replika ini tidak dapat mengompilasi")));
		}
		return Ruleset.compile(version, workbooks);
	}

	private static ConfigurableApplicationContext replica(
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer) throws Exception {
		Path dataDir = Files.createTempDirectory("replica-");
		SpringApplicationBuilder builder = new SpringApplicationBuilder(DecisionsApplication.class);
		if (initializer != null) {
			builder.initializers(initializer);
		}
		return builder.run("--server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + TestPostgres.USER,
				"--spring.datasource.password=" + TestPostgres.PASSWORD, "--decisions.data-dir=" + dataDir,
				"--decisions.nik-hash-secret=replicas-test-secret-0123456789abcdef",
				"--decisions.security.caller-keys=" + CALLER, "--decisions.security.admin-keys=" + ADMIN);
	}

	/** Seconds until the replica answers with {@code version}, polling every 20 ms. */
	private static double secondsUntilServed(ConfigurableApplicationContext replica, String version) throws Exception {
		long start = System.nanoTime();
		long deadline = start + Duration.ofSeconds(10).toNanos();
		while (!version.equals(activeVersion(replica)) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static String activeVersion(ConfigurableApplicationContext replica) throws Exception {
		return JSON.readTree(send(replica, "GET", "/api/v1/ruleset", null, CALLER).body()).get("version").asText();
	}

	/**
	 * A version with a new row, DC-099 (medical travel without a return ticket), kept on
	 * A and activated there over the API. Kept through the store, not uploaded: the
	 * upload path is what {@code RulesetLifecycleTests} covers; here what matters is what
	 * the other replica sees of an activation (which checks the properties of the law,
	 * kept by the new row).
	 */
	private static HttpResponse<String> keepAndActivate(ConfigurableApplicationContext replica, String version)
			throws Exception {
		Map<String, byte[]> workbooks = RulesetLifecycleTests.withMedicalRow();
		id.imigrasi.decisions.engine.RulesetInfo info = Ruleset.compile(version, workbooks).info();
		replica.getBean(RulesetStore.class)
			.keep(new RulesetVersion(version, info.sha256(), "two-replica test", "test", java.time.Instant.now(),
					RulesetVersion.Table.of(info), List.of(), List.of(), false), workbooks, Map.of());
		return send(replica, "POST", "/api/v1/rulesets/" + version + "/activate", null, ADMIN);
	}

	/** DC-099 (RulesetLifecycleTests): medical travel without a return ticket. */
	private static ObjectNode medicalWithoutReturnTicket() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"checkId": "REPLICAS-MEDICAL", "checkDate": "2025-05-19",
				 "person": {"nik": "3201010101900001", "birthDate": "1980-03-14", "sex": "M",
				            "watchlist": {"preventionListMatch": false, "wantedForInvestigation": false}},
				 "travelDocument": {"type": "PASSPORT", "number": "X1234567", "expiryDate": "2030-01-01"},
				 "statedPurpose": "MEDICAL", "destinationCountry": "FR", "visaType": "VISIT", "returnTicket": false,
				 "interview": {"purposeConsistent": true, "canStateTripDuration": true, "intendsToWork": false}}
				""");
	}

	private static JsonNode decide(ConfigurableApplicationContext replica, ObjectNode body) throws Exception {
		HttpResponse<String> response = send(replica, "POST", "/api/v1/decisions/departure", body.toString(), CALLER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static JsonNode decide(ConfigurableApplicationContext replica) throws Exception {
		HttpResponse<String> response = send(replica, "POST", "/api/v1/decisions/departure",
				umrahOnTouristVisa().toString(), CALLER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/**
	 * Only DC-011 applies: umrah on a tourist visa, interviewed, with a return ticket.
	 */
	private static ObjectNode umrahOnTouristVisa() throws Exception {
		ObjectNode body = (ObjectNode) JSON
			.readTree(ReplicasPostgresTests.class.getResourceAsStream("/examples/departure.json"));
		body.put("statedPurpose", "UMRAH").put("returnTicket", true).put("accompaniedBy", "FAMILY");
		body.set("interview",
				JSON.createObjectNode()
					.put("purposeConsistent", true)
					.put("canStateTripDuration", true)
					.put("intendsToWork", false));
		return body;
	}

	/**
	 * The DC-011 change with the scenario that states it, as a deliberate change must.
	 */
	private static HttpResponse<String> upload(ConfigurableApplicationContext replica, String version)
			throws Exception {
		String boundary = "----replicas" + UUID.randomUUID();
		StringBuilder head = new StringBuilder();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, byte[]> workbooks = Workbooks.withCell("departure.drl.xlsx", "DC-011", "Outcome",
				"SECONDARY_INSPECTION");
		for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
			part(body, boundary, "workbook", workbook.getKey(), workbook.getValue());
		}
		String yaml = """
				id: UPLOAD-DC011-001
				title: Umrah dengan visa turis kini diperiksa lanjutan
				story: Perubahan kebijakan DC-011 yang disengaja.
				service: departure
				request: %s
				expect:
				  recommendation: SECONDARY_INSPECTION
				  findings: [DC-011]
				  referrals: []
				""".formatted(umrahOnTouristVisa().toString());
		part(body, boundary, "scenario", "dc-011-triage.yaml", yaml.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "version", null, version.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		head.append(boundary);
		return HTTP.send(HttpRequest.newBuilder(uri(replica, "/api/v1/rulesets"))
			.header("X-API-Key", ADMIN)
			.header("Content-Type", "multipart/form-data; boundary=" + head)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void part(java.io.ByteArrayOutputStream body, String boundary, String name, String file,
			byte[] content) throws java.io.IOException {
		String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
				+ ((file != null) ? "; filename=\"" + file + "\"\r\nContent-Type: application/octet-stream" : "");
		body.write(("--" + boundary + "\r\n" + disposition + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext replica, String method, String path,
			String json, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(replica, path))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext replica, String path) {
		int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
