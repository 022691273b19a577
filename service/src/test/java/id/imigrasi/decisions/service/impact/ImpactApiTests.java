package id.imigrasi.decisions.service.impact;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
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

import id.imigrasi.decisions.service.ruleset.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/rulesets/impact} over HTTP in the service's shared test context: an
 * admin reads what a candidate would change and nothing goes live, the read is in the
 * access log, the report names no person, a candidate that breaks a property shows it
 * (and its upload is refused with the same report), and no other key may ask.
 *
 * <p>
 * The shared log holds every decision the other tests made; these tests plant their own
 * and check what must hold whatever else is there. Exact counts and IDs are checked on a
 * log of its own ({@link ReevaluationTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImpactApiTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CALLER = "test-caller-key";

	private static final String AUDITOR = "test-auditor-key";

	private static final String ADMIN = "test-admin-key";

	private static final String IMPACT = "/api/v1/rulesets/impact";

	@Autowired
	TestRestTemplate http;

	@Test
	void shouldAnswerWhatACandidateChangesWithoutActivatingItAndLogTheRead() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String nik = "32010" + String.format("%011d", Math.abs(run.hashCode()) % 100_000_000_000L);
		String name = "Kartika Impact " + run;
		String checkId = "IMPACT-" + run;
		ObjectNode medical = Candidates.medical(checkId, nik, name);
		((ObjectNode) medical.get("person")).put("birthDate", "1977-07-17");
		String decided = decide(medical);
		decide(Candidates.tourist(checkId + "-T", nik, name));
		String activeBefore = JSON.readTree(get("/api/v1/ruleset", CALLER).getBody()).get("version").asText();

		ResponseEntity<String> answer = impact("impact-medical-" + run, Candidates.withMedicalRows(), "days", "1");

		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		JsonNode report = JSON.readTree(answer.getBody());
		assertThat(report.at("/candidate/version").asText()).isEqualTo("impact-medical-" + run);
		assertThat(report.at("/period/days").asInt()).isEqualTo(1);
		assertThat(report.at("/totals/read").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(rowsStarted(report)).contains(Candidates.NEW_ROW, Candidates.NEW_REFERRAL);
		assertThat(report.get("recommendations").findParents("service")).anySatisfy((cell) -> {
			assertThat(cell.get("from").asText()).isEqualTo("ALLOW");
			assertThat(cell.get("to").asText()).isEqualTo("SECONDARY_INSPECTION");
		});
		assertThat(report.get("referrals").findParents("agency")).anySatisfy((change) -> {
			assertThat(change.get("agency").asText()).isEqualTo("DINSOS");
			assertThat(change.get("from").asText()).isEqualTo("NOT_REFERRED");
			assertThat(change.get("to").asText()).isEqualTo("ROUTINE");
		});
		assertThat(report.at("/scenarios/scenarios").asInt()).isPositive();
		assertThat(report.at("/properties/results")).isNotEmpty();
		assertThat(report.at("/gate/accepted").isBoolean()).isTrue();
		// Activates nothing, keeps nothing.
		assertThat(JSON.readTree(get("/api/v1/ruleset", CALLER).getBody()).get("version").asText())
			.isEqualTo(activeBefore);
		assertThat(get("/api/v1/rulesets", ADMIN).getBody()).doesNotContain("impact-medical-" + run);
		// IDs only: no NIK, no name, no facts of the decisions read.
		assertThat(answer.getBody()).doesNotContain(nik, name, checkId, "1977-07-17", "Kartika");
		assertThat(report.at("/answeredUnder").findValuesAsText("version")).isNotEmpty();
		assertThat(decided).isNotBlank();
		JsonNode entries = JSON.readTree(get("/api/v1/access-log?size=20", ADMIN).getBody()).get("entries");
		assertThat(entries.findParents("kind")).anySatisfy((entry) -> {
			assertThat(entry.get("kind").asText()).isEqualTo("IMPACT");
			assertThat(entry.get("accessor").asText()).isEqualTo("admin-1");
			assertThat(entry.get("role").asText()).isEqualTo("admin");
			assertThat(entry.get("detail").asText()).contains("impact-medical-" + run)
				.contains(report.at("/totals/read").asText() + " decision(s) read");
		});
	}

	@Test
	void shouldShowABrokenPropertyAndRefuseTheUploadWithTheSameReport() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		// A prevention-list match no longer refuses exit: P-MANDATORY is broken.
		Map<String, byte[]> broken = Workbooks.withCell("departure.drl.xlsx", "DC-003", "Outcome", "DEFER");

		JsonNode report = JSON.readTree(impact("impact-broken-" + run, broken).getBody());
		ResponseEntity<String> upload = upload("upload-broken-" + run, broken);

		assertThat(status(report, "P-MANDATORY")).isEqualTo("VIOLATED");
		assertThat(report.at("/properties/holds").asBoolean()).isFalse();
		assertThat(report.at("/properties/violations").findValuesAsText("property")).contains("P-MANDATORY");
		assertThat(report.at("/gate/accepted").asBoolean()).isFalse();
		assertThat(report.at("/gate/problems").findValuesAsText("code")).contains("PROPERTY_VIOLATED");
		assertThat(upload.getStatusCode().value()).isEqualTo(422);
		JsonNode refused = JSON.readTree(upload.getBody());
		assertThat(status(refused.get("impact"), "P-MANDATORY")).isEqualTo("VIOLATED");
		assertThat(refused.at("/impact/totals/read").isNumber()).isTrue();
		assertThat(refused.at("/impact/candidate/version").asText()).isEqualTo("upload-broken-" + run);
	}

	@Test
	void shouldCarryTheReportInAnAcceptedUpload() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String activeBefore = JSON.readTree(get("/api/v1/ruleset", CALLER).getBody()).get("version").asText();

		ResponseEntity<String> upload = upload("upload-same-" + run, Workbooks.committed());

		try {
			assertThat(upload.getStatusCode().value()).isEqualTo(201);
			JsonNode answer = JSON.readTree(upload.getBody());
			assertThat(answer.get("version").asText()).isEqualTo("upload-same-" + run);
			assertThat(answer.at("/impact/candidate/version").asText()).isEqualTo("upload-same-" + run);
			assertThat(answer.at("/impact/period/days").asInt()).isEqualTo(CandidateImpact.DEFAULT_DAYS);
			assertThat(answer.at("/impact/totals/read").isNumber()).isTrue();
			assertThat(answer.at("/impact/scenarios/failed")).isEmpty();
			assertThat(answer.at("/impact/properties/holds").asBoolean()).isTrue();
			assertThat(answer.at("/impact/gate/accepted").asBoolean()).isTrue();
		}
		finally {
			this.http.exchange("/api/v1/rulesets/" + activeBefore + "/activate", HttpMethod.POST,
					new HttpEntity<>(headers(ADMIN)), String.class);
		}
	}

	@Test
	void shouldAnswerOnlyAnAdmin() throws Exception {
		Map<String, byte[]> workbooks = Workbooks.committed();

		assertThat(impactAs(CALLER, "impact-caller", workbooks).getStatusCode().value()).isEqualTo(403);
		assertThat(impactAs(AUDITOR, "impact-auditor", workbooks).getStatusCode().value()).isEqualTo(403);
		assertThat(impactAs(null, "impact-anonymous", workbooks).getStatusCode().value()).isEqualTo(401);
		assertThat(impactAs("not-a-key", "impact-unknown", workbooks).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void shouldRefuseAPeriodOutOfRangeAndWhatAnUploadRefusesBeforeReadingTheLog() throws Exception {
		ResponseEntity<String> noDays = impact("impact-days", Workbooks.committed(), "days", "0");
		ResponseEntity<String> tooMany = impact("impact-days", Workbooks.committed(), "days", "3661");
		Map<String, byte[]> csv = Workbooks.committed();
		csv.put("departure.csv", "checkId,recommendation\n".getBytes());
		ResponseEntity<String> notAWorkbook = impact("impact-csv", csv);
		ResponseEntity<String> badLabel = impact("../impact", Workbooks.committed());

		assertThat(noDays.getStatusCode().value()).isEqualTo(400);
		assertThat(JSON.readTree(noDays.getBody()).get("type").asText()).endsWith("invalid-days");
		assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
		assertThat(notAWorkbook.getStatusCode().value()).isEqualTo(422);
		assertThat(JSON.readTree(notAWorkbook.getBody()).get("errors").findValuesAsText("code"))
			.contains("NOT_A_WORKBOOK");
		assertThat(badLabel.getStatusCode().value()).isEqualTo(422);
		assertThat(JSON.readTree(badLabel.getBody()).get("errors").findValuesAsText("code")).contains("BAD_VERSION");
	}

	private static List<String> rowsStarted(JsonNode report) {
		return report.get("rowsStarted").findValuesAsText("ruleId");
	}

	private static String status(JsonNode report, String property) {
		for (JsonNode result : report.at("/properties/results")) {
			if (result.get("id").asText().equals(property)) {
				return result.get("status").asText();
			}
		}
		return null;
	}

	private String decide(ObjectNode body) throws Exception {
		HttpHeaders headers = headers(CALLER);
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> answer = this.http.exchange("/api/v1/decisions/departure", HttpMethod.POST,
				new HttpEntity<>(body.toString(), headers), String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		return JSON.readTree(answer.getBody()).get("decisionId").asText();
	}

	private ResponseEntity<String> impact(String version, Map<String, byte[]> workbooks, String... more) {
		return send(IMPACT, ADMIN, version, workbooks, more);
	}

	private ResponseEntity<String> impactAs(String key, String version, Map<String, byte[]> workbooks) {
		return send(IMPACT, key, version, workbooks);
	}

	private ResponseEntity<String> upload(String version, Map<String, byte[]> workbooks) {
		return send("/api/v1/rulesets", ADMIN, version, workbooks);
	}

	private ResponseEntity<String> send(String path, String key, String version, Map<String, byte[]> workbooks,
			String... more) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		workbooks.forEach((name, bytes) -> parts.add("workbook", file(name, bytes)));
		parts.add("version", version);
		parts.add("comment", "impact test");
		for (int i = 0; i + 1 < more.length; i += 2) {
			parts.add(more[i], more[i + 1]);
		}
		HttpHeaders headers = headers(key);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
	}

	private ResponseEntity<String> get(String path, String key) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(key)), String.class);
	}

	private static ByteArrayResource file(String name, byte[] bytes) {
		return new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	private static HttpHeaders headers(String key) {
		HttpHeaders headers = new HttpHeaders();
		if (key != null) {
			headers.set("X-API-Key", key);
		}
		return headers;
	}

}
