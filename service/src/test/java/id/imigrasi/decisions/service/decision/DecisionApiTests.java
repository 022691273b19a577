package id.imigrasi.decisions.service.decision;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import id.imigrasi.decisions.service.contract.RequestReaderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision API over real HTTP (SPEC 3, 4, 8): a case per recommendation of each
 * service, and each class of bad input answered as problem+json listing every path, with
 * the NIK and the name never echoed.
 *
 * <p>
 * The whole application on a random port, in the one context the service's HTTP tests
 * share: {@code RulesetLifecycleTests} has the same annotations and no properties of its
 * own, so Spring starts it once. It expects the built-in ruleset, which the lifecycle
 * tests make active again when they are done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionApiTests {

	static final String CALLER_KEY = "test-caller-key";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String NIK = "3212015505010002";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	static Arguments passport(String recommendation, Consumer<ObjectNode> change) {
		return Arguments.of("passport-application", recommendation, change);
	}

	static Arguments departure(String recommendation, Consumer<ObjectNode> change) {
		return Arguments.of("departure", recommendation, change);
	}

	static List<Arguments> oneCasePerRecommendation() {
		return List.of(passport("ISSUE", (body) -> {
		}), passport("REQUEST_DOCUMENTS", (body) -> {
			body.put("statedPurpose", "VISIT_FAMILY");
			((ObjectNode) body.get("interview")).put("canStateTripDuration", false);
		}), passport("IN_DEPTH_INTERVIEW", (body) -> body.put("destinationCountry", "MY").remove("interview")),
				passport("SUSPEND",
						(body) -> ((ObjectNode) body.get("documentFindings")).put("suspectedForgery", true)),
				passport("REFUSE",
						(body) -> ((ObjectNode) body.at("/person/watchlist")).put("preventionListMatch", true)),
				departure("ALLOW", (body) -> {
				}), departure("SECONDARY_INSPECTION", (body) -> {
					body.put("returnTicket", false).remove("interview");
				}), departure("DEFER", (body) -> body.put("statedPurpose", "UMRAH")), departure("REFUSE_EXIT",
						(body) -> ((ObjectNode) body.get("travelDocument")).put("expiryDate", "2025-05-18")));
	}

	@ParameterizedTest(name = "{0} answers {1}")
	@MethodSource("oneCasePerRecommendation")
	void shouldAnswerEachRecommendationWithItsReasons(String service, String recommendation,
			Consumer<ObjectNode> change) throws Exception {
		ObjectNode body = clean(service);
		change.accept(body);

		HttpResponse<String> response = post(service, body.toString(), "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode decision = JSON.readTree(response.body());
		assertThat(decision.get("recommendation").asText()).isEqualTo(recommendation);
		assertThat(decision.get("service").asText()).isEqualTo(service);
		assertThat(decision.get("advisory").asBoolean()).isTrue();
		assertThat(decision.get("legalDate").asText()).isEqualTo("2025-05-19");
		assertThat(decision.at("/ruleset/sha256").asText()).hasSize(64);
		for (JsonNode finding : decision.get("findings")) {
			assertThat(finding.get("source").asText()).matches("[a-z-]+\\.drl\\.xlsx![^!]+![A-Z]+\\d+");
			assertThat(finding.at("/reason/id").asText()).isNotBlank();
			assertThat(finding.at("/reason/en").asText()).isNotBlank();
			assertThat(finding.get("legalBasis")).isNotEmpty();
		}
		if (!List.of("ISSUE", "ALLOW").contains(recommendation)) {
			assertThat(decision.get("findings").get(0).get("outcome").asText()).isEqualTo(recommendation);
		}
		assertThat(response.body()).doesNotContain(NIK).doesNotContain("Contoh");
	}

	@Test
	void shouldExplainTheDepartureExampleAsTheReadmeShows() throws Exception {
		JsonNode decision = JSON
			.readTree(post("departure", example("departure").toString(), "application/json").body());

		assertThat(decision.get("recommendation").asText()).isEqualTo("DEFER");
		assertThat(decision.findValuesAsText("ruleId")).contains("DC-010", "DC-011", "DC-012", "DC-013");
		assertThat(decision.get("referrals").findValuesAsText("agency")).contains("KP2MI", "POLRI");
		JsonNode kp2mi = decision.get("referrals")
			.findParents("agency")
			.stream()
			.filter((r) -> r.get("agency").asText().equals("KP2MI"))
			.findFirst()
			.orElseThrow();
		assertThat(kp2mi.get("agencyName").asText()).startsWith("KP2MI");
		assertThat(kp2mi.get("ruleIds")).isNotEmpty();
	}

	static List<Arguments> badInput() {
		return List.of(Arguments.of("misspelt field, bad enum and missing field", (Consumer<ObjectNode>) (body) -> {
			body.set("statedPurpos", body.remove("statedPurpose"));
			body.put("visaType", "UMROH");
			((ObjectNode) body.get("person")).remove("birthDate");
		}, List.of("$.statedPurpos", "$.statedPurpose", "$.visaType", "$.person.birthDate")),
				Arguments.of("NIK not 16 digits",
						(Consumer<ObjectNode>) (body) -> ((ObjectNode) body.get("person")).put("nik", NIK + "9"),
						List.of("$.person.nik")),
				Arguments.of("birth date after the legal date",
						(Consumer<ObjectNode>) (body) -> ((ObjectNode) body.get("person")).put("birthDate",
								"2025-06-01"),
						List.of("$.person.birthDate")),
				Arguments.of("date not ISO-8601", (Consumer<ObjectNode>) (body) -> body.put("checkDate", "19-05-2025"),
						List.of("$.checkDate")),
				Arguments.of("wrong types inside lists and objects", (Consumer<ObjectNode>) (body) -> {
					((ArrayNode) body.get("transitCountries")).add("THAILAND");
					((ObjectNode) body.get("interview")).put("recruiterPresent", "ya");
				}, List.of("$.transitCountries[1]", "$.interview.recruiterPresent")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void shouldRefuseBadInputListingEveryPath(String what, Consumer<ObjectNode> change, List<String> paths)
			throws Exception {
		ObjectNode body = clean("departure");
		change.accept(body);
		double decidedBefore = decisionsAnswered();

		HttpResponse<String> response = post("departure", body.toString(), "application/json");

		assertProblem(response, 400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("errors").findValuesAsText("path")).containsExactlyInAnyOrderElementsOf(paths);
		assertThat(response.body()).doesNotContain(NIK).doesNotContain("Contoh");
		assertThat(decisionsAnswered()).isEqualTo(decidedBefore);
	}

	@Test
	void shouldRefuseMalformedJsonWithItsPosition() throws Exception {
		HttpResponse<String> response = post("passport-application",
				"{\"person\": {\"nik\": \"" + NIK + "\", \"fullName\": Contoh", "application/json");

		assertProblem(response, 400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("type").asText()).endsWith("malformed-json");
		assertThat(problem.at("/errors/0/path").asText()).isEqualTo("$");
		assertThat(problem.at("/errors/0/message").asText()).contains("line 1");
		assertThat(response.body()).doesNotContain(NIK).doesNotContain("Contoh");
	}

	@Test
	void shouldRefuseDuplicateKeysAsMalformed() throws Exception {
		String body = clean("departure").toString().replaceFirst("\\{", "{\"visaType\":\"WORK\",");

		assertProblem(post("departure", body, "application/json"), 400);
	}

	@Test
	void shouldRefuseAnotherMediaTypeWith415() throws Exception {
		assertProblem(post("departure", clean("departure").toString(), "text/plain"), 415);
	}

	@Test
	void shouldRefuseABodyOver64KiBWith413() throws Exception {
		ObjectNode body = clean("departure");
		body.put("checkpoint", "X".repeat(70_000));

		assertProblem(post("departure", body.toString(), "application/json"), 413);
	}

	@Test
	void shouldDescribeBothDecisionsInTheOpenApiDocument() throws Exception {
		JsonNode api = JSON.readTree(get("/v3/api-docs").body());

		assertThat(api
			.at("/paths/~1api~1v1~1decisions~1passport-application/post/requestBody/content/application~1json/schema/$ref")
			.asText()).endsWith("/PassportApplication");
		assertThat(
				api.at("/paths/~1api~1v1~1decisions~1departure/post/requestBody/content/application~1json/schema/$ref")
					.asText())
			.endsWith("/Departure");
		assertThat(api
			.at("/paths/~1api~1v1~1decisions~1departure/post/requestBody/content/application~1json/example/checkId")
			.asText()).isNotBlank();
		assertThat(api.at("/components/schemas/Departure/properties")).isNotEmpty();
		// revision 2 of SPEC 3: the Pas Lintas Batas, the passenger-analysis flag and the
		// umrah service receipt are part of the contract
		assertThat(api.at("/components/schemas/Departure/properties/passengerAnalysisFlag/type").asText())
			.isEqualTo("boolean");
		assertThat(api.toString()).contains("\"PLB\"").contains("\"UMRAH_SERVICE_RECEIPT\"");
		assertThat(api.at("/components/schemas/Decision/properties/findings")).isNotEmpty();
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldShowTheActiveRulesetAndBeReadyOnlyWithRules() throws Exception {
		JsonNode ruleset = JSON.readTree(get("/api/v1/ruleset").body());
		assertThat(ruleset.get("version").asText()).startsWith("builtin-");
		assertThat(ruleset.get("tables").findValuesAsText("file")).containsExactlyInAnyOrder("departure.drl.xlsx",
				"passport-application.drl.xlsx", "referral.drl.xlsx");

		JsonNode readiness = JSON.readTree(get("/actuator/health/readiness").body());
		assertThat(readiness.get("status").asText()).isEqualTo("UP");
		assertThat(readiness.at("/components/rules/details/rows").asInt()).isGreaterThan(40);
	}

	/** A clean case of the example's person: nothing to find, so ISSUE or ALLOW. */
	private static ObjectNode clean(String service) throws IOException {
		ObjectNode body = example(service);
		ObjectNode interview = JSON.createObjectNode()
			.put("purposeConsistent", true)
			.put("canStateTripDuration", true)
			.put("intendsToWork", false)
			.put("recruitedVia", "NONE")
			.put("recruiterPresent", false)
			.put("costsPaidByThirdParty", false)
			.put("passportHeldByOther", false);
		body.set("interview", interview);
		if (service.equals("departure")) {
			body.put("statedPurpose", "TOURISM")
				.put("destinationCountry", "JP")
				.put("visaType", "VISA_ON_ARRIVAL")
				.put("returnTicket", true)
				.put("accompaniedBy", "FAMILY");
		}
		else {
			body.put("destinationCountry", "FR");
		}
		return body;
	}

	private static ObjectNode example(String service) throws IOException {
		return RequestReaderTest.example(service);
	}

	private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asText()).startsWith("urn:imigrasi:decisions:problem:");
	}

	private double decisionsAnswered() throws Exception {
		return get("/actuator/prometheus").body()
			.lines()
			.filter((line) -> line.startsWith("decisions_total{"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	@Test
	void shouldRefuseDecisionsWithoutAValidKey() throws Exception {
		HttpResponse<String> none = HTTP
			.send(request("/api/v1/decisions/departure", null).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(clean("departure").toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> wrong = HTTP.send(request("/api/v1/ruleset", "not-a-key").GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertProblem(none, 401);
		assertProblem(wrong, 401);
		assertThat(none.body()).doesNotContain(NIK);
	}

	@Test
	void shouldRefuseRulesetActivationWithACallerKey() throws Exception {
		HttpResponse<String> response = HTTP.send(
				request("/api/v1/rulesets/builtin-2.0.0/activate", CALLER_KEY).POST(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertProblem(response, 403);
	}

	@Test
	void shouldKeepHealthOpenWithoutAKey() throws Exception {
		HttpResponse<String> health = HTTP.send(request("/actuator/health", null).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(health.statusCode()).isEqualTo(200);
	}

	private HttpRequest.Builder request(String path, String key) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		return (key != null) ? builder.header("X-API-Key", key) : builder;
	}

	private HttpResponse<String> post(String service, String body, String contentType) throws Exception {
		return HTTP.send(request("/api/v1/decisions/" + service, CALLER_KEY).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(request(path, CALLER_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
