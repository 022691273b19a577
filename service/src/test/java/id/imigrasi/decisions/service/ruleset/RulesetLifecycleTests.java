package id.imigrasi.decisions.service.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import id.imigrasi.decisions.service.DecisionsApplication;
import id.imigrasi.decisions.service.TableCells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * Policy staff change the tables while officers work (issue: ruleset lifecycle): a good
 * change goes live without a restart, a bad one is refused with its reasons and changes
 * nothing, the previous version is one call away, and a restart comes back on the last
 * active version.
 *
 * <p>
 * Runs in the one application context the service's HTTP tests share (the same
 * annotations as {@code DecisionApiTests}, no per-class properties; the data folder comes
 * from {@code application-test.properties} and outlives the run), so its versions carry a
 * label unique to the run and the built-in ruleset is active again after the class. Only
 * the restart test starts an application of its own: a restart is its point.
 *
 * <p>
 * A good change must keep every property of the law: the committed tables do (issue 13).
 * The refusals of the gate are tried in {@link RulesetGateTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesetLifecycleTests {

	/**
	 * Makes the labels of this run's versions unique in a data folder kept across runs.
	 */
	private static final String RUN = "-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String BUILTIN = "builtin-2.0.0";

	/** The good change: a new departure row DC-099 with the scenario that reaches it. */
	private static final String MEDICAL = "v2-dc099-medical" + RUN;

	/** How often the built-in version had been activated before this class ran. */
	private static int builtinActivationsBefore;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CALLER = "test-caller-key";

	private static final String ADMIN = "test-admin-key";

	@Autowired
	TestRestTemplate http;

	@Value("${decisions.data-dir}")
	String dataDir;

	@BeforeAll
	static void countBuiltinActivations(@Autowired RulesetLifecycle lifecycle) {
		builtinActivationsBefore = builtinVersion(lifecycle).activations().size();
	}

	/** Leaves the shared context as the other tests expect it: on the built-in tables. */
	@AfterAll
	static void activateTheBuiltinVersionAgain(@Autowired RulesetLifecycle lifecycle) {
		lifecycle.activate(BUILTIN, "test");
	}

	private static RulesetVersion builtinVersion(RulesetLifecycle lifecycle) {
		return lifecycle.versions().stream().filter((v) -> v.version().equals(BUILTIN)).findFirst().orElseThrow();
	}

	@Test
	@Order(1)
	void shouldRefuseAChangeThatFailsTheShippedScenarioPacks() throws Exception {
		ResponseEntity<String> refused = upload("v1-unannounced" + RUN,
				Workbooks.withCell("departure.drl.xlsx", "DC-011", "Outcome", "SECONDARY_INSPECTION"), Map.of(), ADMIN);

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		JsonNode problem = JSON.readTree(refused.getBody());
		assertThat(problem.get("errors").findValuesAsText("code")).contains("SCENARIO_FAILED");
		assertThat(problem.get("errors").findValuesAsText("message"))
			.anySatisfy((message) -> assertThat(message).contains("FAIL")
				.contains("(expected) DEFER")
				.contains("SECONDARY_INSPECTION"));
		assertThat(activeVersion()).isEqualTo(BUILTIN);
		assertThat(decideUmrahOnTouristVisa().get("recommendation").asText()).isEqualTo("DEFER");
		assertThat(dc099(decideMedicalWithoutReturnTicket())).isFalse();
	}

	@Test
	@Order(2)
	void shouldActivateAGoodChangeThatBringsItsScenariosSoThatDecisionsChange() throws Exception {
		ResponseEntity<String> created = upload(MEDICAL, withMedicalRow(),
				Map.of("dc-099-medical.yaml", scenario("SECONDARY_INSPECTION")), ADMIN);

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		JsonNode version = JSON.readTree(created.getBody());
		assertThat(version.get("active").asBoolean()).isTrue();
		assertThat(version.get("sha256").asText()).hasSize(64);
		assertThat(version.at("/activations/0/by").asText()).isEqualTo("admin-1");
		JsonNode decision = decideMedicalWithoutReturnTicket();
		assertThat(dc099(decision)).isTrue();
		assertThat(decision.at("/ruleset/version").asText()).isEqualTo(MEDICAL);
		assertThat(decision.at("/ruleset/sha256").asText()).isEqualTo(version.get("sha256").asText());
	}

	@Test
	@Order(3)
	void shouldRefuseABrokenCellWithItsAddressAndKeepTheActiveVersion() throws Exception {
		ResponseEntity<String> refused = upload("v3-typo" + RUN,
				Workbooks.withCell("departure.drl.xlsx", "DC-011", "Outcome", "DEFFER"), Map.of(), ADMIN);

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = JSON.readTree(refused.getBody());
		TableCells departure = TableCells.of(Workbooks.committed().get("departure.drl.xlsx"));
		assertThat(problem.get("errors").findValuesAsText("location"))
			.contains("departure.drl.xlsx!" + departure.sheet() + "!" + departure.cell("DC-011", 1, "Outcome"));
		assertThat(problem.get("errors").findValuesAsText("message"))
			.anySatisfy((message) -> assertThat(message).contains("DEFFER"));
		assertThat(activeVersion()).isEqualTo(MEDICAL);
		assertThat(dc099(decideMedicalWithoutReturnTicket())).isTrue();
	}

	@Test
	@Order(4)
	void shouldRefuseAnUploadThatIsNotASpreadsheet() throws Exception {
		Map<String, byte[]> workbooks = Workbooks.committed();
		workbooks.put("departure.drl.xlsx", "checkId,recommendation\n".getBytes(StandardCharsets.UTF_8));

		ResponseEntity<String> refused = upload("v4-csv" + RUN, workbooks, Map.of(), ADMIN);

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(JSON.readTree(refused.getBody()).get("errors").findValuesAsText("location"))
			.containsExactly("departure.drl.xlsx");
		assertThat(activeVersion()).isEqualTo(MEDICAL);
	}

	@Test
	@Order(5)
	void shouldRefuseAnIncompleteSetAndAReusedLabel() throws Exception {
		Map<String, byte[]> departureOnly = Workbooks.committed();
		departureOnly.remove("passport-application.drl.xlsx");

		JsonNode incomplete = JSON.readTree(upload("v5-partial" + RUN, departureOnly, Map.of(), ADMIN).getBody());
		JsonNode reused = JSON.readTree(upload(MEDICAL, Workbooks.committed(), Map.of(), ADMIN).getBody());

		// A ruleset is the complete set: the missing workbook is named before anything
		// compiles, not discovered through the referral rows that follow its PA- rows.
		assertThat(incomplete.get("status").asInt()).isEqualTo(422);
		assertThat(incomplete.get("errors").findValuesAsText("code")).containsExactly("MISSING_WORKBOOK");
		assertThat(incomplete.get("errors").findValuesAsText("message")).singleElement(STRING)
			.contains("passport-application.drl.xlsx");
		assertThat(reused.get("errors").findValuesAsText("code")).containsExactly("VERSION_EXISTS");
	}

	@Test
	@Order(6)
	void shouldRefuseUploadAndActivationWithoutAnAdminKey() throws Exception {
		assertThat(upload("v6-caller" + RUN, Workbooks.committed(), Map.of(), CALLER).getStatusCode().value())
			.isEqualTo(403);
		assertThat(upload("v6-none" + RUN, Workbooks.committed(), Map.of(), null).getStatusCode().value())
			.isEqualTo(401);
		assertThat(post("/api/v1/rulesets/" + BUILTIN + "/activate", CALLER).getStatusCode().value()).isEqualTo(403);
		assertThat(activeVersion()).isEqualTo(MEDICAL);
	}

	@Test
	@Order(7)
	void shouldRollBackAndForwardUnderTrafficWithEveryAnswerTrueToItsVersion() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<List<String>>> callers = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			callers.add(pool.submit(() -> {
				List<String> wrong = new ArrayList<>();
				int answered = 0;
				while (running.get() || answered < 20) {
					ResponseEntity<String> response = decide(medicalWithoutReturnTicket());
					JsonNode decision = JSON.readTree(response.getBody());
					String version = decision.at("/ruleset/version").asText();
					if (response.getStatusCode().value() != 200 || dc099(decision) == version.startsWith("builtin-")) {
						wrong.add(response.getStatusCode() + " " + version + " " + decision.get("findings"));
					}
					answered++;
				}
				return wrong;
			}));
		}
		Thread.sleep(300);
		ResponseEntity<String> rollback = post("/api/v1/rulesets/" + BUILTIN + "/activate", ADMIN);
		Thread.sleep(300);
		String afterRollback = activeVersion();
		ResponseEntity<String> forward = post("/api/v1/rulesets/" + MEDICAL + "/activate", ADMIN);
		Thread.sleep(300);
		running.set(false);

		assertThat(rollback.getStatusCode().value()).isEqualTo(200);
		assertThat(forward.getStatusCode().value()).isEqualTo(200);
		assertThat(afterRollback).isEqualTo(BUILTIN);
		for (Future<List<String>> caller : callers) {
			assertThat(caller.get(30, TimeUnit.SECONDS)).isEmpty();
		}
		pool.shutdown();
	}

	@Test
	@Order(8)
	void shouldListVersionsWithTheActiveOneMarkedAndTheirHistory() throws Exception {
		JsonNode versions = JSON.readTree(get("/api/v1/rulesets", CALLER).getBody());
		// The built-in version first, then those kept (earlier runs' too): of this run's,
		// only the one that passed.
		List<JsonNode> listed = new ArrayList<>();
		versions.forEach((v) -> {
			if (v.get("version").asText().equals(BUILTIN) || v.get("version").asText().endsWith(RUN)) {
				listed.add(v);
			}
		});

		assertThat(listed).extracting((v) -> v.get("version").asText()).containsExactly(BUILTIN, MEDICAL);
		assertThat(listed.get(1).get("active").asBoolean()).isTrue();
		assertThat(listed.get(0).get("active").asBoolean()).isFalse();
		assertThat(listed.get(1).get("activations")).hasSize(2);
		assertThat(listed.get(0).get("activations")).hasSize(builtinActivationsBefore + 1);
		assertThat(post("/api/v1/rulesets/no-such-version/activate", ADMIN).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	@Order(9)
	void shouldComeBackOnTheLastActiveVersionAfterARestart() {
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(DecisionsApplication.class)
			.profiles("test")
			.run("--server.port=0", "--decisions.data-dir=" + this.dataDir)) {
			ActiveRuleset active = restarted.getBean(ActiveRuleset.class);
			assertThat(active.engine().ruleset().info().version()).isEqualTo(MEDICAL);
		}
	}

	private JsonNode decideMedicalWithoutReturnTicket() throws Exception {
		return JSON.readTree(decide(medicalWithoutReturnTicket()).getBody());
	}

	private static boolean dc099(JsonNode decision) {
		return decision.get("findings").findValuesAsText("ruleId").contains("DC-099");
	}

	/** A traveller going abroad for treatment without a return ticket, interviewed. */
	private static ObjectNode medicalWithoutReturnTicket() throws Exception {
		return (ObjectNode) JSON.readTree("""
				{"checkId": "LIFECYCLE-MEDICAL", "checkDate": "2025-05-19",
				 "person": {"nik": "3201010101900001", "birthDate": "1980-03-14", "sex": "M",
				            "watchlist": {"preventionListMatch": false, "wantedForInvestigation": false}},
				 "travelDocument": {"type": "PASSPORT", "number": "X1234567", "expiryDate": "2030-01-01"},
				 "statedPurpose": "MEDICAL", "destinationCountry": "FR", "visaType": "VISIT", "returnTicket": false,
				 "interview": {"purposeConsistent": true, "canStateTripDuration": true, "intendsToWork": false}}
				""");
	}

	/**
	 * The committed set with a new departure row DC-099: medical travel without a return
	 * ticket.
	 */
	static Map<String, byte[]> withMedicalRow() {
		return Workbooks.withNewRow("departure.drl.xlsx",
				Map.of("ruleId", "DC-099", "forall(||){statedPurpose == Purpose.$}", "MEDICAL",
						"returnTicket == $param", "false", "outcome(\"$param\")", "SECONDARY_INSPECTION",
						"reasonId(\"$param\")", "Berobat tanpa tiket pulang: lakukan pemeriksaan lanjutan.",
						"reasonEn(\"$param\")", "Medical travel without a return ticket: secondary inspection.",
						"legalBasis(\"$param\")", "{TPI_EXAMINATION}", "validFrom(\"$param\")", "2016-01-01"));
	}

	private JsonNode decideUmrahOnTouristVisa() throws Exception {
		return JSON.readTree(decide(umrahOnTouristVisa()).getBody());
	}

	/**
	 * Only DC-011 applies: umrah on a tourist visa, interviewed, with a return ticket.
	 */
	private static ObjectNode umrahOnTouristVisa() throws Exception {
		ObjectNode body = (ObjectNode) JSON
			.readTree(RulesetLifecycleTests.class.getResourceAsStream("/examples/departure.json"));
		body.put("statedPurpose", "UMRAH").put("returnTicket", true).put("accompaniedBy", "FAMILY");
		body.set("interview",
				JSON.createObjectNode()
					.put("purposeConsistent", true)
					.put("canStateTripDuration", true)
					.put("intendsToWork", false));
		return body;
	}

	private ResponseEntity<String> decide(ObjectNode body) {
		HttpHeaders headers = headers(CALLER);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.http.exchange("/api/v1/decisions/departure", HttpMethod.POST,
				new HttpEntity<>(body.toString(), headers), String.class);
	}

	private String activeVersion() throws Exception {
		return JSON.readTree(get("/api/v1/ruleset", CALLER).getBody()).get("version").asText();
	}

	/**
	 * A pack that states the new outcome of the changed row, as a deliberate change must.
	 */
	private static byte[] scenario(String recommendation) throws Exception {
		String yaml = """
				id: UPLOAD-DC099-001
				title: Berobat tanpa tiket pulang kini diperiksa lanjutan
				story: Baris baru DC-099 yang disengaja.
				service: departure
				request: %s
				expect:
				  recommendation: %s
				  findings: [DC-099]
				  referrals: []
				""".formatted(medicalWithoutReturnTicket().toString(), recommendation);
		return yaml.getBytes(StandardCharsets.UTF_8);
	}

	private ResponseEntity<String> upload(String version, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios,
			String key) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		workbooks.forEach((name, bytes) -> parts.add("workbook", file(name, bytes)));
		scenarios.forEach((name, bytes) -> parts.add("scenario", file(name, bytes)));
		parts.add("version", version);
		parts.add("comment", "test upload");
		HttpHeaders headers = headers(key);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.exchange("/api/v1/rulesets", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
	}

	private static ByteArrayResource file(String name, byte[] bytes) {
		return new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	private ResponseEntity<String> post(String path, String key) {
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(headers(key)), String.class);
	}

	private ResponseEntity<String> get(String path, String key) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(key)), String.class);
	}

	private static HttpHeaders headers(String key) {
		HttpHeaders headers = new HttpHeaders();
		if (key != null) {
			headers.set("X-API-Key", key);
		}
		return headers;
	}

}
