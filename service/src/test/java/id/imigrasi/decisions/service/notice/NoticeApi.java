package id.imigrasi.decisions.service.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.service.contract.RequestReaderTest;

/**
 * The running service as the notice tests call it, with the keys of the test profile
 * ({@code application-test.properties}): two callers, an auditor, an admin.
 */
final class NoticeApi {

	static final String CALLER = "test-caller-key";

	static final String OTHER_CALLER = "test-other-caller-key";

	static final String AUDITOR = "test-auditor-key";

	static final String ADMIN = "test-admin-key";

	static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	NoticeApi(int port) {
		this.port = port;
	}

	/** The README's departure (DEFER). */
	static ObjectNode deferredDeparture() {
		try {
			return RequestReaderTest.example("departure");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The README's departure answered in full and consistently, with a return ticket:
	 * ALLOW.
	 */
	static ObjectNode allowedDeparture() {
		ObjectNode departure = deferredDeparture();
		departure.put("visaType", "UMRAH").put("returnTicket", true).put("accompaniedBy", "GROUP_TOUR");
		departure.set("interview",
				JSON.createObjectNode()
					.put("purposeConsistent", true)
					.put("canStateTripDuration", true)
					.put("intendsToWork", false)
					.put("recruitedVia", "NONE")
					.put("recruiterPresent", false)
					.put("costsPaidByThirdParty", false)
					.put("passportHeldByOther", false)
					.put("willingToTestify", false));
		return departure;
	}

	/** Decides a request with a key; the whole answer. */
	JsonNode decide(String service, JsonNode request, String key) {
		HttpResponse<byte[]> answer = post("/api/v1/decisions/" + service, request.toString(), key);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("No decision: " + answer.statusCode() + " " + text(answer));
		}
		return json(answer);
	}

	/** Records the officer's outcome; 201 expected. */
	void outcome(String decisionId, String recommendation, String finalDecision, String key) {
		ObjectNode body = JSON.createObjectNode()
			.put("finalDecision", finalDecision)
			.put("officer", "cgk-officer-0147");
		if (recommendation.equals(finalDecision)) {
			body.put("action", "FOLLOWED");
		}
		else {
			body.put("action", "OVERRIDDEN").put("reasonCode", "RULE_DOES_NOT_FIT");
		}
		body.put("note", "Escort waiting outside; referred to the airport police unit.");
		HttpResponse<byte[]> answer = post("/api/v1/decisions/" + decisionId + "/outcome", body.toString(), key);
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("No outcome: " + answer.statusCode() + " " + text(answer));
		}
	}

	HttpResponse<byte[]> notice(String decisionId, String query, String key) {
		return get("/api/v1/decisions/" + decisionId + "/notice" + ((query != null) ? "?" + query : ""), key);
	}

	/** A notice asked for as a browser or a PDF viewer would, with an Accept header. */
	HttpResponse<byte[]> notice(String decisionId, String query, String key, String accept) {
		return send(request("/api/v1/decisions/" + decisionId + "/notice" + ((query != null) ? "?" + query : ""), key)
			.header("Accept", accept)
			.GET());
	}

	HttpResponse<byte[]> get(String path, String key) {
		return send(request(path, key).GET());
	}

	HttpResponse<byte[]> post(String path, String body, String key) {
		return send(request(path, key).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	static JsonNode json(HttpResponse<byte[]> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpRequest.Builder request(String path, String key) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (key != null) {
			builder.header("X-API-Key", key);
		}
		return builder;
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
