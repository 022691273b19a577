package id.imigrasi.decisions.service.ruleset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.service.scenario.ScenarioRun;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate in front of the live service cannot be walked around (issue 14), tried as a
 * policy officer would: an uploaded scenario adds to the shipped packs and never switches
 * them off; a deleted column, a header that carries code, a statement smuggled through a
 * cell and a formula are refused before anything is compiled, and the code never runs; a
 * broken property of the law refuses the upload with its counterexample as a scenario; an
 * uploaded property adds to the shipped ones and cannot replace one; and a new row no
 * scenario reaches needs allowUncovered with a comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesetGateTests {

	/**
	 * Makes the labels of this run's versions unique in a data folder kept across runs.
	 */
	private static final String RUN = "-" + java.util.UUID.randomUUID().toString().substring(0, 8);

	/** Where injected code would write its marker: never, refused or not. */
	private static final Path MARKERS = tempDir();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ADMIN = "test-admin-key";

	private static final String DEPARTURE = "departure.drl.xlsx";

	@Autowired
	TestRestTemplate http;

	/** Leaves the shared context as the other tests expect it: on the built-in tables. */
	@AfterAll
	static void activateTheBuiltinVersionAgain(@Autowired RulesetLifecycle lifecycle) {
		lifecycle.activate("builtin-2.0.0", "test");
	}

	@Test
	@Order(1)
	void shouldKeepTheShippedPacksWhenOneUnrelatedScenarioIsUploaded() throws Exception {
		JsonNode refused = refused(
				upload("gate-1", Workbooks.withMeta(DEPARTURE, "DC-011", "outcome", "SECONDARY_INSPECTION"),
						Map.of("lain.yaml", cleanScenario("UPLOAD-LAIN-001")), Map.of(), false));

		assertThat(errors(refused, "SCENARIO_FAILED")).extracting((e) -> e.get("location").asText())
			.isNotEmpty()
			.allSatisfy((location) -> assertThat(location).doesNotStartWith("upload/"));
	}

	@Test
	@Order(2)
	void shouldRefuseADeletedConditionColumnAtItsCell() throws Exception {
		String column = Workbooks.column(DEPARTURE, "returnTicket == $param");

		JsonNode refused = refused(upload("gate-2", Workbooks.withoutColumn(DEPARTURE, "returnTicket == $param"),
				Map.of(), Map.of(), false));

		assertThat(errors(refused, "MISSING_COLUMN")).extracting((e) -> e.get("location").asText())
			.containsExactly("departure.drl.xlsx!Keberangkatan!" + column + "7");
		assertThat(refused.has("propertyViolations")).isFalse();
	}

	@Test
	@Order(3)
	void shouldRunNoCodeAHeaderOrACellCarriesRefusedOrNot() throws Exception {
		Path marker = MARKERS.resolve("injected-marker");
		String write = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");";

		JsonNode header = refused(
				upload("gate-3a", Workbooks.withAddress(DEPARTURE, "B9", write + " insert(new RowMatch(\"$param\"));"),
						Map.of(), Map.of(), false));
		JsonNode cell = refused(upload("gate-3b", Workbooks.withCell(DEPARTURE, "DC-002", "Rule ID",
				"DC-002\")); " + write + " insert(new RowMatch(\"DC-002"), Map.of(), Map.of(), false));

		assertThat(errors(header, "HEADER_CHANGED")).extracting((e) -> e.get("location").asText())
			.containsExactly("departure.drl.xlsx!Keberangkatan!B9");
		assertThat(errors(cell, "UNSAFE_CHARACTER")).isNotEmpty();
		assertThat(errors(cell, "COMPILE_ERROR")).isEmpty();
		assertThat(marker).doesNotExist();
	}

	@Test
	@Order(4)
	void shouldRefuseAFormulaNamingIt() throws Exception {
		JsonNode refused = refused(
				upload("gate-4", Workbooks.withFormula(DEPARTURE, "DC-015", "age < $param", "\"1\"&\"7\"", "18"),
						Map.of(), Map.of(), false));

		assertThat(errors(refused, "FORMULA")).singleElement()
			.satisfies((e) -> assertThat(e.get("message").asText()).contains("the formula =\"1\"&\"7\""));
	}

	@Test
	@Order(5)
	void shouldRefuseABrokenPropertyWithItsCounterexampleAsARunnableScenario() throws Exception {
		Map<String, byte[]> workbooks = Workbooks.withMeta(DEPARTURE, "DC-003", "outcome", "DEFER");

		JsonNode refused = refused(upload("gate-5", workbooks, Map.of(), Map.of(), false));

		assertThat(errors(refused, "PROPERTY_VIOLATED")).extracting((e) -> e.get("location").asText())
			.contains("P-MANDATORY");
		JsonNode violation = violation(refused, "P-MANDATORY");
		assertThat(violation.get("messageId").asText()).startsWith("P-MANDATORY dilanggar");
		ScenarioRun run = new ScenarioRunner(new DecisionEngine(Ruleset.compile("gate-5", workbooks))).runAll(
				"violation",
				Map.of("p-mandatory.yaml", violation.get("scenario").asText().getBytes(StandardCharsets.UTF_8)));
		assertThat(run.problems()).as("the scenario runs as it is").isEmpty();
		assertThat(run.failedCount()).as("and fails until the tables are fixed").isEqualTo(1);
	}

	@Test
	@Order(10)
	void shouldRefuseToActivateAKeptVersionThatBreaksAPropertyOfTheLaw(@Autowired RulesetStore store,
			@Autowired RulesetLifecycle lifecycle, @Autowired ActiveRuleset active) throws Exception {
		// kept before the property was shipped, say: a rollback must not put it live
		Map<String, byte[]> workbooks = Workbooks.withMeta(DEPARTURE, "DC-003", "outcome", "DEFER");
		RulesetInfo info = Ruleset.compile("gate-5-kept" + RUN, workbooks).info();
		store.keep(new RulesetVersion(info.version(), info.sha256(), "kept before P-MANDATORY", "admin-1",
				Instant.now(), RulesetVersion.Table.of(info), List.of(), List.of(), false), workbooks, Map.of());
		RulesetInfo.Reference before = active.engine().ruleset().info().reference();

		assertThatThrownBy(() -> lifecycle.activate(info.version(), "admin-1")).isInstanceOfSatisfying(
				RulesetRejectedException.class, (ex) -> assertThat(ex.problems()).anySatisfy((p) -> {
					assertThat(p.code()).isEqualTo(ProblemCode.PROPERTY_VIOLATED);
					assertThat(p.location()).contains("P-MANDATORY");
				}));
		assertThat(active.engine().ruleset().info().reference()).isEqualTo(before);
	}

	@Test
	@Order(6)
	void shouldNeverLetAnUploadedPropertyReplaceAShippedOne() throws Exception {
		JsonNode refused = refused(upload("gate-6", Workbooks.committed(), Map.of(),
				Map.of("longgar.yaml", yaml("id: P-MINOR\nkind: citations\ntitle: {id: Longgar, en: Loose}\n")),
				false));

		assertThat(errors(refused, "PROPERTY_INVALID")).singleElement()
			.satisfies((e) -> assertThat(e.get("message").asText()).contains("cannot be replaced"));
	}

	@Test
	@Order(7)
	void shouldCheckAnUploadedPropertyBesideTheShippedOnes() throws Exception {
		byte[] hajj = yaml(
				"""
						id: P-LOCAL-HAJJ
						kind: implication
						title: {id: Jemaah haji tanpa visa haji ditolak keluar, en: A hajj pilgrim without a hajj visa is refused exit}
						from: 2016-01-01
						checks:
						  - service: departure
						    when: {statedPurpose: HAJJ, visaType: {not: HAJJ}}
						    then: {recommendation: [REFUSE_EXIT]}
						""");

		JsonNode refused = refused(upload("gate-7", Workbooks.committed(), Map.of(), Map.of("haji.yaml", hajj), false));

		assertThat(violation(refused, "P-LOCAL-HAJJ").get("location").asText())
			.isEqualTo("upload/properties/haji.yaml");
	}

	@Test
	@Order(8)
	void shouldRefuseANewRowNoScenarioReachesUnlessAllowedWithAComment() throws Exception {
		Map<String, byte[]> workbooks = Workbooks.withNewRow(DEPARTURE,
				Map.of("ruleId", "DC-099", "forall(||){statedPurpose == Purpose.$}", "MEDICAL",
						"returnTicket == $param", "false", "outcome(\"$param\")", "SECONDARY_INSPECTION",
						"reasonId(\"$param\")", "Berobat tanpa tiket pulang: lakukan pemeriksaan lanjutan.",
						"reasonEn(\"$param\")", "Medical travel without a return ticket: secondary inspection.",
						"legalBasis(\"$param\")", "{TPI_EXAMINATION}", "validFrom(\"$param\")", "2016-01-01"));

		JsonNode uncovered = refused(upload("gate-8a", workbooks, Map.of(), Map.of(), false));
		JsonNode noComment = refused(upload("gate-8b", workbooks, Map.of(), Map.of(), true, null));
		ResponseEntity<String> allowed = upload("gate-8c", workbooks, Map.of(), Map.of(), true,
				"DC-099 dicoba dahulu; skenario menyusul");

		assertThat(errors(uncovered, "UNCOVERED_CHANGE")).singleElement()
			.satisfies((e) -> assertThat(e.get("location").asText()).startsWith("departure.drl.xlsx!Keberangkatan!B"));
		assertThat(errors(noComment, "UNCOVERED_CHANGE")).extracting((e) -> e.get("location").asText())
			.containsExactly("comment");
		if (allowed.getStatusCode().value() == 422) {
			JsonNode body = JSON.readTree(allowed.getBody());
			assertThat(errors(body, "UNCOVERED_CHANGE")).isEmpty();
			assertThat(body.get("errors").findValuesAsText("code")).contains("NOT_COVERED");
		}
		else {
			assertThat(allowed.getStatusCode().value()).isEqualTo(201);
		}
	}

	private static JsonNode refused(ResponseEntity<String> response) throws Exception {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
		return JSON.readTree(response.getBody());
	}

	private static List<JsonNode> errors(JsonNode problem, String code) {
		List<JsonNode> found = new java.util.ArrayList<>();
		problem.get("errors").forEach((e) -> {
			if (e.get("code").asText().equals(code) && e.get("severity").asText().equals("ERROR")) {
				found.add(e);
			}
		});
		return found;
	}

	private static JsonNode violation(JsonNode problem, String property) {
		for (JsonNode violation : problem.path("propertyViolations")) {
			if (violation.get("property").asText().equals(property)) {
				return violation;
			}
		}
		throw new AssertionError("No violation of " + property + " in " + problem);
	}

	/** A tourist with a return ticket to France who answered well: nothing to find. */
	private static byte[] cleanScenario(String id) {
		return yaml("""
				id: %s
				title: Wisatawan dengan tiket pulang diizinkan
				story: Kasus bersih yang tidak ada hubungannya dengan perubahan.
				service: departure
				request:
				  checkId: %s
				  checkDate: "2025-05-19"
				  person:
				    nik: "3201010101900001"
				    birthDate: "1990-03-14"
				    sex: M
				    watchlist: {preventionListMatch: false, wantedForInvestigation: false}
				  travelDocument: {type: PASSPORT, number: X1234567, expiryDate: "2030-01-01"}
				  statedPurpose: TOURISM
				  destinationCountry: FR
				  visaType: TOURIST
				  returnTicket: true
				  interview: {purposeConsistent: true, canStateTripDuration: true, intendsToWork: false}
				expect:
				  recommendation: ALLOW
				  findings: []
				  referrals: []
				""".formatted(id, id));
	}

	private static byte[] yaml(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private ResponseEntity<String> upload(String version, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios,
			Map<String, byte[]> properties, boolean allowUncovered) {
		return upload(version, workbooks, scenarios, properties, allowUncovered, "gate test");
	}

	private ResponseEntity<String> upload(String version, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios,
			Map<String, byte[]> properties, boolean allowUncovered, String comment) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		workbooks.forEach((name, bytes) -> parts.add("workbook", file(name, bytes)));
		scenarios.forEach((name, bytes) -> parts.add("scenario", file(name, bytes)));
		properties.forEach((name, bytes) -> parts.add("property", file(name, bytes)));
		parts.add("version", version + RUN);
		if (comment != null) {
			parts.add("comment", comment);
		}
		if (allowUncovered) {
			parts.add("allowUncovered", "true");
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-API-Key", ADMIN);
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

	private static Path tempDir() {
		try {
			return Files.createTempDirectory("ruleset-gate-markers-");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
