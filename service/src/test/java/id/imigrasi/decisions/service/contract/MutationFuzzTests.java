package id.imigrasi.decisions.service.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.model.request.DecisionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out style fuzzing we can run ourselves (issue 20): at least 10,000 mutated
 * requests per build ({@link RequestMutator}, a seeded {@link Random}) to both decision
 * services and the search, over real HTTP. Whatever comes in: no 5xx, no NIK or name of
 * the request anywhere in the answer, every error problem+json and small, and nothing
 * answered 200 that the strict reader would refuse. The seed is fixed so a build is
 * repeatable; {@code -Dfuzz.seed=N} explores others and {@code -Dfuzz.requests=N} sends
 * more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MutationFuzzTests {

	private static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);

	private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);

	private static final int THREADS = 2;

	private static final String CALLER_KEY = "test-caller-key";

	/** A search takes an auditor key (SPEC 8.1). */
	private static final String AUDITOR_KEY = "test-auditor-key";

	/** Reads a body as strictly as the service does (application.properties). */
	private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	int port;

	private final RequestReader reader = new RequestReader(Clock.system(DecisionEngine.JAKARTA));

	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	@Test
	void shouldNeverFailLeakOrAcceptWhatBreaksTheContract() throws Exception {
		ObjectNode departure = RequestReaderTest.example("departure");
		ObjectNode application = RequestReaderTest.example("passport-application");
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int worker = t;
			workers.add(pool.submit(() -> {
				RequestMutator mutator = new RequestMutator(new Random(SEED + worker));
				for (int i = worker; i < REQUESTS && this.failures.size() < 20; i += THREADS) {
					fuzzOnce(mutator, i, departure, application);
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("Fuzzed %d requests (seed %d) in %d s: %s%n", REQUESTS, SEED, took.toSeconds(),
				new TreeMap<>(this.answers));

		assertThat(this.failures).as("seed %d", SEED).isEmpty();
		assertThat(this.answers.values().stream().mapToInt(AtomicInteger::get).sum()).isGreaterThanOrEqualTo(REQUESTS);
		assertThat(this.answers.keySet()).as("some mutants must be accepted and reach the engine")
			.contains("departure 200", "passport-application 200", "search 200");
	}

	private void fuzzOnce(RequestMutator mutator, int index, ObjectNode departure, ObjectNode application)
			throws Exception {
		int pick = index % 20;
		DecisionService service = (pick < 9) ? DecisionService.DEPARTURE
				: (pick < 18) ? DecisionService.PASSPORT_APPLICATION : null;
		RequestMutator.Mutant mutant = (service == null) ? mutator.search()
				: mutator.decision((service == DecisionService.DEPARTURE) ? departure : application,
						service.requestType(), service.legalDateField());
		String path = (service == null) ? "/api/v1/decisions/search" : "/api/v1/decisions/" + service.path();
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Content-Type", mutant.contentType())
				.header("X-API-Key", (service == null) ? AUDITOR_KEY : CALLER_KEY)
				.header("X-Purpose", "fuzz")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofByteArray(mutant.body()))
				.build(), HttpResponse.BodyHandlers.ofString());
		String endpoint = (service != null) ? service.path() : "search";
		this.answers.computeIfAbsent(endpoint + " " + response.statusCode(), (k) -> new AtomicInteger())
			.incrementAndGet();
		String problem = check(service, mutant, response);
		if (problem != null) {
			this.failures.add("#" + index + " " + endpoint + " [" + mutant.mutations() + "] " + response.statusCode()
					+ ": " + problem + " | sent " + excerpt(new String(mutant.body(), StandardCharsets.UTF_8))
					+ " | answered " + excerpt(response.body()));
		}
	}

	/** What is wrong with the answer, or null. */
	private String check(DecisionService service, RequestMutator.Mutant mutant, HttpResponse<String> response)
			throws Exception {
		int status = response.statusCode();
		String body = response.body();
		if (status >= 500) {
			return "a server error";
		}
		for (String secret : mutant.secrets()) {
			if (body.contains(secret)) {
				return "the answer echoes " + secret;
			}
		}
		if (body.length() > 100_000) {
			return "an answer of " + body.length() + " characters";
		}
		if (status >= 400) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			return type.equals("application/problem+json") ? null : "an error as " + type;
		}
		if (status != 200) {
			return "status " + status;
		}
		JsonNode sent = STRICT.readTree(mutant.body());
		if (service == null) {
			return sent.isObject() && sent.path("nik").asText().matches("\\d{16}") ? null
					: "a search accepted without a NIK of 16 digits";
		}
		ReadResult reread = this.reader.read(service, sent);
		if (!reread.valid()) {
			return "accepted what the strict reader refuses: " + reread.problems();
		}
		JsonNode answer = STRICT.readTree(body);
		return answer.hasNonNull("decisionId") && answer.hasNonNull("recommendation")
				&& service.path().equals(answer.path("service").asText()) ? null : "an answer without its decision";
	}

	private static String excerpt(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
	}

}
