package id.imigrasi.decisions.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.Departure;

/**
 * The packaged service: cold start (plain jar, extracted jar, extracted jar with AppCDS),
 * memory after start, table reload over the admin API, and the HTTP load on loopback at
 * fixed rates and to saturation.
 */
final class ServiceRun {

	private static final int[] RATES = { 500, 2_000, 5_000 };

	private static final int[] CALLERS = { 4, 16, 64 };

	private ServiceRun() {
	}

	static void run(Report report, Path jar, List<Departure> corpus, boolean quick, double engineTwoThreads)
			throws Exception {
		Path work = Files.createTempDirectory("decisions-bench-");
		String callerKey = "bench-caller-" + UUID.randomUUID();
		String adminKey = "bench-admin-" + UUID.randomUUID();
		Map<String, String> env = environment(work, callerKey, adminKey);
		int starts = quick ? 2 : 3;

		report.heading("Service cold start (process start to readiness UP)");
		Path extracted = work.resolve("extracted");
		exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
				extracted.toString()), work);
		Path extractedJar = extracted.resolve(jar.getFileName());
		Path archive = work.resolve("service.jsa");
		List<String> training = new ArrayList<>(
				List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
						extractedJar.toString(), "--server.port=0", "--server.address=127.0.0.1"));
		exec(training, work, env);
		report.line("| variant | ready, ms (each start) | median ms | Spring's own figure (last start) |");
		report.line("|---|---|---:|---|");
		coldStarts(report, "java -jar service.jar", jar, List.of(), work, env, starts);
		coldStarts(report, "extracted (java -Djarmode=tools ... extract)", extractedJar, List.of(), work, env, starts);
		if (Files.isRegularFile(archive)) {
			coldStarts(report, "extracted + AppCDS archive (-XX:SharedArchiveFile)", extractedJar,
					List.of("-XX:SharedArchiveFile=" + archive), work, env, starts);
		}
		else {
			report.line("| extracted + AppCDS | archive was not written | | |");
		}

		List<byte[]> bodies = bodies(corpus);
		try (ServiceProcess service = ServiceProcess.start(jar, List.of(), work, env)) {
			report.heading("Service memory, reload and HTTP load (java -jar service.jar, default JVM options)");
			report.line("After start: RSS %d MiB, heap in use %d MiB.", service.rssMiB(),
					service.heapUsedMiB(callerKey));
			HttpLoad load = new HttpLoad(service.uri("/api/v1/decisions/departure"), callerKey, bodies);
			long t = System.nanoTime();
			HttpResponse<String> first = load.send(0);
			report.line("First decision after ready: HTTP %d in %.0f ms.", first.statusCode(),
					(System.nanoTime() - t) / 1e6);
			sameAnswers(report, load, corpus, 500);

			reloads(report, service, adminKey, quick ? 3 : 5);

			double saturation = loadRuns(report, load, quick, "default");
			trivialRatio(report, service, load, callerKey, quick);
			report.line("");
			report.line("After the load: RSS %d MiB, heap in use %d MiB.", service.rssMiB(),
					service.heapUsedMiB(callerKey));

			report.heading("Batch screening (POST /api/v1/decisions/departure/batch, NDJSON)");
			BatchRun.run(report, service, callerKey, corpus, engineTwoThreads, saturation, quick);
			report.line("");
			report.line("After the batches: RSS %d MiB, heap in use %d MiB.", service.rssMiB(),
					service.heapUsedMiB(callerKey));
		}
		boundedMemory(report, jar, work, env, callerKey, corpus);
		String pg = System.getenv("BENCH_PG_URL");
		if (pg != null && !pg.isBlank()) {
			Map<String, String> onPostgres = new java.util.HashMap<>(env);
			onPostgres.put("SPRING_DATASOURCE_URL", pg);
			onPostgres.put("SPRING_DATASOURCE_USERNAME",
					System.getenv().getOrDefault("BENCH_PG_USER", "decisions_test"));
			onPostgres.put("SPRING_DATASOURCE_PASSWORD",
					System.getenv().getOrDefault("BENCH_PG_PASSWORD", "decisions_test"));
			try (ServiceProcess service = ServiceProcess.start(jar, List.of(), work, onPostgres)) {
				report.heading("Service with the decision log on PostgreSQL (BENCH_PG_URL)");
				HttpLoad load = new HttpLoad(service.uri("/api/v1/decisions/departure"), callerKey, bodies);
				loadRuns(report, load, quick, "log on PostgreSQL");
				trivialRatio(report, service, load, callerKey, quick);
			}
		}
		else {
			report.line("");
			report.line("Decision log on PostgreSQL: not run (set BENCH_PG_URL, and BENCH_PG_USER/BENCH_PG_PASSWORD).");
		}
	}

	/**
	 * The service's single-call saturation (after a warm-up), then batch screening, on
	 * one service process: {@code --batch-only}.
	 */
	static void batchOnly(Report report, Path jar, List<Departure> corpus, boolean quick, double engineTwoThreads)
			throws Exception {
		Path work = Files.createTempDirectory("decisions-bench-");
		String callerKey = "bench-caller-" + UUID.randomUUID();
		Map<String, String> env = environment(work, callerKey, "bench-admin-" + UUID.randomUUID());
		try (ServiceProcess service = ServiceProcess.start(jar, List.of(), work, env)) {
			report.heading("Service single calls (java -jar service.jar, default JVM options)");
			report.line("After start: RSS %d MiB, heap in use %d MiB.", service.rssMiB(),
					service.heapUsedMiB(callerKey));
			HttpLoad load = new HttpLoad(service.uri("/api/v1/decisions/departure"), callerKey, bodies(corpus));
			Duration warmup = Duration.ofSeconds(quick ? 10 : 30);
			HttpLoad.Stats warm = load.closedLoop(16, warmup);
			report.line("Warm-up: %d s closed loop with 16 callers, %s decisions/s, %d errors.", warmup.toSeconds(),
					Report.rate(warm.achievedPerSecond()), warm.errors());
			HttpLoad.Stats saturation = load.closedLoop(64, Duration.ofSeconds(quick ? 5 : 10));
			report.line("Saturation, closed loop with 64 callers: %s decisions/s, %d errors.",
					Report.rate(saturation.achievedPerSecond()), saturation.errors());

			report.heading("Batch screening (POST /api/v1/decisions/departure/batch, NDJSON)");
			BatchRun.run(report, service, callerKey, corpus, engineTwoThreads, saturation.achievedPerSecond(), quick);
			report.line("");
			report.line("After the batches: RSS %d MiB, heap in use %d MiB.", service.rssMiB(),
					service.heapUsedMiB(callerKey));
		}
		boundedMemory(report, jar, work, env, callerKey, corpus);
	}

	/** One batch on a service with a small heap (BatchRun.boundedMemory). */
	private static void boundedMemory(Report report, Path jar, Path work, Map<String, String> env, String callerKey,
			List<Departure> corpus) throws Exception {
		String heap = "-Xmx192m";
		try (ServiceProcess service = ServiceProcess.start(jar, List.of(heap), work, env)) {
			report.heading("Batch screening with a capped heap (" + heap + ")");
			BatchRun.boundedMemory(report, service, heap, callerKey, corpus);
		}
	}

	private static Map<String, String> environment(Path work, String callerKey, String adminKey) throws Exception {
		Path tables = work.resolve("decision-tables");
		copyTables(Path.of("decision-tables"), tables);
		return Map.of("DECISION_API_KEYS", callerKey, "ADMIN_API_KEYS", adminKey, "DECISIONS_DATA_DIR",
				work.resolve("data").toString(), "DECISIONS_TABLES_DIR", tables.toString());
	}

	/**
	 * The trivial request beside the decision (issue 18): the authenticated GET of the
	 * active ruleset, which passes the same filters and the same key check as a decision
	 * but neither reads, evaluates nor logs anything. Same callers, same time.
	 */
	private static void trivialRatio(Report report, ServiceProcess service, HttpLoad decisions, String callerKey,
			boolean quick) throws Exception {
		Duration each = Duration.ofSeconds(quick ? 5 : 10);
		HttpLoad trivial = HttpLoad.trivial(service.uri("/api/v1/ruleset"), callerKey);
		trivial.closedLoop(16, Duration.ofSeconds(quick ? 3 : 10));
		HttpLoad.Stats get = trivial.closedLoop(16, each);
		HttpLoad.Stats post = decisions.closedLoop(16, each);
		report.line("");
		report.line(
				"Trivial request beside the decision, 16 callers, %d s each: GET /api/v1/ruleset %s/s, "
						+ "POST departure %s/s; ratio decision ÷ trivial request: %.2f× the time.",
				each.toSeconds(), Report.rate(get.achievedPerSecond()), Report.rate(post.achievedPerSecond()),
				get.achievedPerSecond() / post.achievedPerSecond());
	}

	/**
	 * Warm-up, then closed loop (saturation) and open loop at fixed rates, as tables. The
	 * service keeps speeding up for tens of seconds, so the fixed rates run last.
	 */
	private static double loadRuns(Report report, HttpLoad load, boolean quick, String variant) throws Exception {
		Duration warmup = Duration.ofSeconds(quick ? 10 : 30);
		HttpLoad.Stats warm = load.closedLoop(16, warmup);
		report.line("Warm-up: %d s closed loop with 16 callers, %s decisions/s, %d errors.", warmup.toSeconds(),
				Report.rate(warm.achievedPerSecond()), warm.errors());
		report.line("");
		Duration each = Duration.ofSeconds(quick ? 5 : 10);
		report.line("Closed loop (saturation), %s: each caller sends its next request when answered, %d s each, µs:",
				variant, each.toSeconds());
		report.line("");
		report.line("| callers | decisions/s | errors | p50 | p99 | p99.9 | max |");
		report.line("|---:|---:|---:|---:|---:|---:|---:|");
		double best = 0;
		for (int callers : CALLERS) {
			HttpLoad.Stats stats = load.closedLoop(callers, each);
			best = Math.max(best, stats.achievedPerSecond());
			report.line("| %d | %s | %,d | %s |", callers, Report.rate(stats.achievedPerSecond()), stats.errors(),
					percentiles(stats));
			Thread.sleep(1000);
		}
		report.line("");
		report.line("Saturation throughput, %s: %s decisions/s (best closed-loop figure; the load client runs on the "
				+ "same 2 cores).", variant, Report.rate(best));
		report.line("");
		report.line("Open loop at fixed rates, %s, %d s each; latency from the scheduled send time, µs:", variant,
				each.toSeconds());
		report.line("");
		report.line(
				"| offered/s | achieved/s | sent | errors | not sent (over 2,000 in flight) | p50 | p99 | p99.9 | max |");
		report.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int rate : RATES) {
			HttpLoad.Stats stats = load.fixedRate(rate, each, 2_000);
			report.line("| %,d | %s | %,d | %,d | %,d | %s |", rate, Report.rate(stats.achievedPerSecond()),
					stats.sent(), stats.errors(), stats.dropped(), percentiles(stats));
			Thread.sleep(1000);
		}
		return best;
	}

	private static void coldStarts(Report report, String name, Path jar, List<String> options, Path work,
			Map<String, String> env, int starts) throws Exception {
		List<Double> times = new ArrayList<>();
		String spring = "";
		for (int i = 0; i < starts; i++) {
			try (ServiceProcess service = ServiceProcess.start(jar, options, work, env)) {
				times.add(service.readyMillis);
				spring = service.springStarted();
			}
		}
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		report.line("| %s | %s | %.0f | %s |", name,
				String.join(", ", times.stream().map((t) -> String.format("%.0f", t)).toList()),
				sorted.get(sorted.size() / 2), spring);
	}

	private static void reloads(Report report, ServiceProcess service, String adminKey, int count) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		List<String> times = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			long t = System.nanoTime();
			HttpResponse<String> response = client.send(HttpRequest
				.newBuilder(service.uri("/api/v1/rulesets/reload?version=bench-reload-" + i + "-" + UUID.randomUUID()))
				.header("X-API-Key", adminKey)
				.POST(HttpRequest.BodyPublishers.noBody())
				.timeout(Duration.ofSeconds(120))
				.build(), HttpResponse.BodyHandlers.ofString());
			times.add(String.format("%.0f ms (HTTP %d)", (System.nanoTime() - t) / 1e6, response.statusCode()));
		}
		report.line("Table reload over the admin API (POST /api/v1/rulesets/reload: read, validate, compile, "
				+ "scenario gate, property check, activate; refused with 422 while the tables break a property), in order: %s.",
				String.join(", ", times));
	}

	/** The service must answer what the engine answers in-process. */
	private static void sameAnswers(Report report, HttpLoad load, List<Departure> corpus, int count) throws Exception {
		DecisionEngine engine = new DecisionEngine(Ruleset.embedded());
		ObjectMapper json = new ObjectMapper();
		int same = 0;
		for (int i = 0; i < count; i++) {
			JsonNode answer = json.readTree(load.send(i).body());
			if (engine.evaluate(corpus.get(i)).recommendation().name().equals(answer.path("recommendation").asText())) {
				same++;
			}
		}
		report.line("Service recommendation identical to the in-process engine on %d of the first %d cases.", same,
				count);
		if (same != count) {
			throw new IllegalStateException("The service answers differently from the engine");
		}
	}

	private static String percentiles(HttpLoad.Stats stats) {
		return String.format("%,d | %,d | %,d | %,d", stats.latencyMicros().getValueAtPercentile(50),
				stats.latencyMicros().getValueAtPercentile(99), stats.latencyMicros().getValueAtPercentile(99.9),
				stats.latencyMicros().getMaxValue());
	}

	static List<byte[]> bodies(List<Departure> corpus) throws Exception {
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
		List<byte[]> bodies = new ArrayList<>(corpus.size());
		for (Departure departure : corpus) {
			bodies.add(json.writeValueAsBytes(departure));
		}
		return bodies;
	}

	private static void copyTables(Path from, Path to) throws Exception {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void exec(List<String> command, Path work) throws Exception {
		exec(command, work, Map.of());
	}

	private static void exec(List<String> command, Path work, Map<String, String> env) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Files.createTempFile(work, "exec-", ".log").toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Timed out: " + command);
		}
	}

}
