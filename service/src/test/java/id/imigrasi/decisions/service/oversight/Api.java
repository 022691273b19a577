package id.imigrasi.decisions.service.oversight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.imigrasi.decisions.service.contract.RequestReaderTest;

/**
 * The running service as the oversight tests call it, with the keys of the test profile
 * ({@code application-test.properties}): two callers, an auditor, an admin.
 */
final class Api {

	static final String CALLER = "test-caller-key";

	static final String OTHER_CALLER = "test-other-caller-key";

	static final String AUDITOR = "test-auditor-key";

	static final String ADMIN = "test-admin-key";

	static final String NIK = "3212015505010002";

	static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	Api(int port) {
		this.port = port;
	}

	/** A departure decided with this key (the README's example: DEFER); its ID. */
	String decide(String key) {
		try {
			HttpResponse<String> answer = post("/api/v1/decisions/departure",
					RequestReaderTest.example("departure").toString(), key);
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("No decision: " + answer.statusCode() + " " + answer.body());
			}
			return json(answer).get("decisionId").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	HttpResponse<String> get(String path, String key) {
		return send(request(path, key, null).GET());
	}

	HttpResponse<String> post(String path, String body, String key) {
		return post(path, body, key, null);
	}

	/** A POST with a JSON body and, unless null, an {@code X-Purpose}. */
	HttpResponse<String> post(String path, String body, String key, String purpose) {
		return send(request(path, key, purpose).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpRequest.Builder request(String path, String key, String purpose) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (key != null) {
			builder.header("X-API-Key", key);
		}
		if (purpose != null) {
			builder.header("X-Purpose", purpose);
		}
		return builder;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
