package id.imigrasi.decisions.service.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.imigrasi.decisions.service.DecisionsApplication;

/**
 * A service of a test's own, on a data folder the test chooses, over real HTTP: for the
 * tests whose point is what the shared test context cannot be, a disk that fills up, a
 * restart, a file that is compacted under it. Keys: a caller and an auditor.
 */
final class RunningService implements AutoCloseable {

	static final String CALLER_KEY = "log-test-caller-key";

	static final String AUDITOR_KEY = "log-test-auditor-key";

	static final String NIK_SECRET = "log-storage-test-secret-0123456789abcdef";

	static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final ConfigurableApplicationContext context;

	private RunningService(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * @param sources further sources of the application, e.g. a bean post-processor that
	 * breaks its disk
	 */
	static RunningService start(Path dataDir, List<Class<?>> sources, String... arguments) {
		List<Object> all = new ArrayList<>(List.of(DecisionsApplication.class));
		all.addAll(sources);
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--decisions.data-dir=" + dataDir,
				"--decisions.nik-hash-secret=" + NIK_SECRET, "--decisions.security.caller-keys=" + CALLER_KEY,
				"--decisions.security.auditor-keys=" + AUDITOR_KEY, "--decisions.tables-dir=" + tablesDir()));
		args.addAll(List.of(arguments));
		return new RunningService(
				new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(args.toArray(String[]::new)));
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A departure (the API example, with the given NIK), as a caller. */
	HttpResponse<String> decide(String nik) {
		try {
			String body = new String(
					RunningService.class.getResourceAsStream("/examples/departure.json").readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8)
				.replace("3212015505010002", nik);
			return send(request("/api/v1/decisions/departure", CALLER_KEY).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	HttpResponse<String> get(String path) {
		return send(request(path, CALLER_KEY).GET());
	}

	/** A search or replay, as an auditor with a purpose. */
	HttpResponse<String> audit(String path, String body) {
		return send(request(path, AUDITOR_KEY).header("Content-Type", "application/json")
			.header("X-Purpose", "decision-log storage tests")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** {@code /actuator/health/readiness} or {@code liveness}, with no key. */
	HttpResponse<String> probe(String group) {
		return send(HttpRequest.newBuilder(uri("/actuator/health/" + group)).GET());
	}

	/** Polls until the condition holds, or fails after the timeout. */
	static void await(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + timeout + ": " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	static Predicate<HttpResponse<String>> status(int status) {
		return (response) -> response.statusCode() == status;
	}

	static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	private HttpRequest.Builder request(String path, String key) {
		return HttpRequest.newBuilder(uri(path)).header("X-API-Key", key);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.context.getEnvironment().getProperty("local.server.port") + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Path tablesDir() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("decision-tables"))) {
				return dir.resolve("decision-tables");
			}
		}
		throw new IllegalStateException("decision-tables/ not found");
	}

}
