package id.imigrasi.decisions.service.oversight;

import java.net.http.HttpResponse;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's outcome over HTTP (SPEC 8.1): recorded once by the caller that asked,
 * shown with the decision and its replay; refused for a second time (409), an unknown
 * decision (404), another caller's (403), and a note holding a NIK (400, nothing stored,
 * nothing echoed); read as strictly as a decision request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OutcomeApiTests {

	private static final String OVERRIDDEN = """
			{"action": "OVERRIDDEN", "finalDecision": "ALLOW", "reasonCode": "DOCUMENTS_PRODUCED",
			 "officer": "cgk-officer-0147", "note": "Return ticket and hotel booking shown at the desk."}
			""";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	@Test
	void shouldRecordTheOutcomeAndShowItWithTheDecisionAndItsReplay() {
		String decisionId = this.api.decide(Api.CALLER);

		HttpResponse<String> recorded = this.api.post(outcome(decisionId), OVERRIDDEN, Api.CALLER);

		assertThat(recorded.statusCode()).isEqualTo(201);
		assertThat(recorded.headers().firstValue("Location")).hasValue("/api/v1/decisions/" + decisionId);
		JsonNode answer = Api.json(recorded);
		assertThat(answer.get("recommendation").asText()).isEqualTo("DEFER");
		assertThat(answer.get("action").asText()).isEqualTo("OVERRIDDEN");
		assertThat(answer.get("noteRecorded").asBoolean()).isTrue();
		assertThat(recorded.body()).doesNotContain("hotel booking");
		JsonNode decision = Api.json(this.api.get("/api/v1/decisions/" + decisionId, Api.CALLER));
		assertThat(decision.get("recommendation").asText()).isEqualTo("DEFER");
		assertThat(decision.at("/outcome/action").asText()).isEqualTo("OVERRIDDEN");
		assertThat(decision.at("/outcome/finalDecision").asText()).isEqualTo("ALLOW");
		assertThat(decision.at("/outcome/reasonCode").asText()).isEqualTo("DOCUMENTS_PRODUCED");
		assertThat(decision.at("/outcome/officer").asText()).isEqualTo("cgk-officer-0147");
		assertThat(decision.at("/outcome/note").asText()).startsWith("Return ticket");
		assertThat(decision.at("/outcome/recordedAt").asText()).isNotBlank();
		JsonNode replay = Api.json(this.api.post("/api/v1/decisions/" + decisionId + "/replay", "", Api.AUDITOR));
		assertThat(replay.get("identical").asBoolean()).isTrue();
		assertThat(replay.at("/outcome/finalDecision").asText()).isEqualTo("ALLOW");
	}

	@Test
	void shouldRefuseASecondOutcomeWith409() {
		String decisionId = this.api.decide(Api.CALLER);
		this.api.post(outcome(decisionId), followed(), Api.CALLER);

		HttpResponse<String> second = this.api.post(outcome(decisionId), OVERRIDDEN, Api.CALLER);

		assertProblem(second, 409, "outcome-exists");
		assertThat(Api.json(this.api.get("/api/v1/decisions/" + decisionId, Api.CALLER)).at("/outcome/action").asText())
			.isEqualTo("FOLLOWED");
	}

	@Test
	void shouldAnswer404ForAnUnknownDecision() {
		assertProblem(this.api.post(outcome("no-such-decision"), followed(), Api.CALLER), 404, "decision-not-found");
	}

	@Test
	void shouldRefuseAnotherCallersDecisionWith403() {
		String decisionId = this.api.decide(Api.CALLER);

		HttpResponse<String> refused = this.api.post(outcome(decisionId), followed(), Api.OTHER_CALLER);

		assertProblem(refused, 403, "forbidden");
		assertThat(stored(decisionId)).isZero();
	}

	@Test
	void shouldRefuseANoteHoldingANikAndStoreAndEchoNothing() {
		String decisionId = this.api.decide(Api.CALLER);
		String note = "Checked KTP " + Api.NIK + " again with Bu Siti Rahayu.";
		String spaced = "Checked KTP 3212 0155 0501 0002 again.";

		HttpResponse<String> refused = this.api.post(outcome(decisionId),
				OVERRIDDEN.replace("Return ticket and hotel booking shown at the desk.", note), Api.CALLER);
		HttpResponse<String> grouped = this.api.post(outcome(decisionId),
				OVERRIDDEN.replace("Return ticket and hotel booking shown at the desk.", spaced), Api.CALLER);

		assertProblem(refused, 400, "invalid-request");
		assertThat(Api.json(refused).get("errors").findValuesAsText("path")).containsExactly("$.note");
		assertThat(refused.body()).doesNotContain(Api.NIK, "Siti", "Checked");
		assertProblem(grouped, 400, "invalid-request");
		assertThat(grouped.body()).doesNotContain("3212 0155");
		assertThat(stored(decisionId)).isZero();
		assertThat(Api.json(this.api.get("/api/v1/decisions/" + decisionId, Api.CALLER)).has("outcome")).isFalse();
		// Nothing was stored, so a proper outcome can still be recorded.
		assertThat(this.api.post(outcome(decisionId), OVERRIDDEN, Api.CALLER).statusCode()).isEqualTo(201);
	}

	@Test
	void shouldReadTheOutcomeStrictlyAndListEveryProblem() {
		String decisionId = this.api.decide(Api.CALLER);

		HttpResponse<String> refused = this.api.post(outcome(decisionId), """
				{"action": "OVERRIDEN", "finalDecision": "REFUSE", "officr": "x", "note": 7}
				""", Api.CALLER);
		HttpResponse<String> inconsistent = this.api.post(outcome(decisionId), """
				{"action": "OVERRIDDEN", "finalDecision": "DEFER", "officer": "cgk-officer-0147"}
				""", Api.CALLER);
		HttpResponse<String> followedOtherwise = this.api.post(outcome(decisionId), """
				{"action": "FOLLOWED", "finalDecision": "ALLOW", "reasonCode": "OTHER", "officer": "Budi Santoso"}
				""", Api.CALLER);

		assertProblem(refused, 400, "invalid-request");
		JsonNode errors = Api.json(refused).get("errors");
		assertThat(errors.findValuesAsText("path")).containsExactlyInAnyOrder("$.officr", "$.action", "$.finalDecision",
				"$.officer", "$.note");
		assertThat(errors.toString()).contains("did you mean officer?", "did you mean OVERRIDDEN?",
				"Allowed: REFUSE_EXIT, DEFER, SECONDARY_INSPECTION, ALLOW");
		assertThat(Api.json(inconsistent).get("errors").findValuesAsText("path"))
			.containsExactlyInAnyOrder("$.reasonCode", "$.finalDecision");
		assertThat(Api.json(followedOtherwise).get("errors").findValuesAsText("path"))
			.containsExactlyInAnyOrder("$.reasonCode", "$.finalDecision", "$.officer");
		assertThat(followedOtherwise.body()).doesNotContain("Budi");
		assertThat(stored(decisionId)).isZero();
	}

	@Test
	void shouldDescribeTheRolesReasonCodesAndKeySchemeInTheApiDocument() {
		HttpResponse<String> response = this.api.get("/v3/api-docs", null);
		JsonNode document = Api.json(response);

		assertThat(document.at("/components/securitySchemes/apiKey/type").asText()).isEqualTo("apiKey");
		assertThat(document.at("/components/securitySchemes/apiKey/in").asText()).isEqualTo("header");
		assertThat(document.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
		assertThat(document.get("security").findValues("apiKey")).isNotEmpty();
		assertThat(document.at("/info/description").asText()).contains("**caller**", "**auditor**", "**admin**",
				"AUDITOR_API_KEYS", "X-Purpose");
		assertThat(document.at("/paths/~1api~1v1~1decisions~1{decisionId}~1outcome/post/description").asText())
			.contains("Roles: the caller that asked");
		assertThat(document.at("/paths/~1api~1v1~1criteria/get/description").asText()).contains("Roles: auditor");
		assertThat(document.at("/paths/~1api~1v1~1access-log/get/description").asText()).contains("Roles: admin");
		assertThat(document.at("/paths/~1api~1v1~1decisions~1search/post/parameters").findValuesAsText("name"))
			.contains("X-Purpose");
		assertThat(response.body()).contains("NEW_FACTS", "DOCUMENTS_PRODUCED", "SUPERVISOR_DECISION",
				"RULE_DOES_NOT_FIT", "DATA_ERROR", "\"OTHER\"", "FOLLOWED", "OVERRIDDEN");
	}

	private static String outcome(String decisionId) {
		return "/api/v1/decisions/" + decisionId + "/outcome";
	}

	private static String followed() {
		return """
				{"action": "FOLLOWED", "finalDecision": "DEFER", "officer": "cgk-officer-0147"}
				""";
	}

	private int stored(String decisionId) {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT COUNT(*) FROM decision_outcome WHERE decision_id = :id")
			.param("id", decisionId)
			.query(Integer.class)
			.single();
	}

	static void assertProblem(HttpResponse<String> response, int status, String kind) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Api.json(response).get("type").asText()).endsWith(":" + kind);
	}

}
