package id.imigrasi.decisions.service.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;

/**
 * Not a test: bytes per stored decision (bench/RESULTS.md, "Decision log storage"). Real
 * departures on the built-in tables (by default four in five a clean trip answered ALLOW,
 * the rest the API example, a DEFER with findings and referrals, each with its own NIK
 * and check ID) stored through the service's own write path, one client after another (a
 * commit each) and then eight at once (shared commits); then the file's size or the
 * tables' on disk. Run by hand, never by the build:
 *
 * <pre>
 * mvn -B -q -pl service -am test-compile -DskipTests
 * mvn -B -q -pl service dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp service/target/test-classes:service/target/classes:$(cat service/target/cp.txt) \
 *   [-Drate=decisions/s] [-Dcompact.seconds=10] \
 *   id.imigrasi.decisions.service.audit.LogStorageBench h2|postgres [decisions] [percent ALLOW]
 * </pre>
 *
 * PostgreSQL is the database of {@code DECISIONS_TEST_PG_URL}; the bench drops and
 * recreates the log's tables there.
 */
public final class LogStorageBench {

	private static final LocalDate CHECK_DATE = LocalDate.of(2025, 5, 19);

	private static final String ALLOW = """
			{"checkId":"CGK-BENCH-1","checkDate":"2025-05-19","checkpoint":"CGK","person":{"nik":"3212015505010002",\
			"fullName":"Contoh Penumpang","birthDate":"1985-05-15","sex":"M","watchlist":{"preventionListMatch":false,\
			"wantedForInvestigation":false}},"travelDocument":{"type":"PASSPORT","number":"E1234567",\
			"expiryDate":"2029-03-01"},"statedPurpose":"TOURISM","destinationCountry":"NL","visaType":"TOURIST",\
			"returnTicket":true,"accompaniedBy":"FAMILY","interview":{"purposeConsistent":true,\
			"canStateTripDuration":true,"intendsToWork":false}}""";

	private static final String[] CHECKPOINTS = { "CGK", "DPS", "SUB", "KNO", "YIA", "BTH", "UPG" };

	private static final String[] DESTINATIONS = { "AU", "NL", "FR", "DE", "US", "GB", "CN", "IN", "NZ", "EG" };

	private LogStorageBench() {
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "h2";
		int decisions = (args.length > 1) ? Integer.parseInt(args[1]) : 4000;
		int allowPercent = (args.length > 2) ? Integer.parseInt(args[2]) : 80;
		Path folder = Files.createTempDirectory("log-storage-bench");
		HikariDataSource dataSource = dataSource(database, folder);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		if (!database.equals("h2")) {
			for (String table : List.of("access_log", "criteria_daily", "decision_outcome", "decision_log", "log_probe",
					"flyway_schema_history")) {
				jdbc.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
			}
		}
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		Clock clock = Clock.systemUTC();
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.setSerializationInclusion(JsonInclude.Include.NON_NULL);
		JdbcClient client = JdbcClient.create(dataSource);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		DecisionRepository repository = new DecisionRepository(client);
		OutcomeRepository outcomes = new OutcomeRepository(client);
		GroupCommitWriter writer = new GroupCommitWriter(repository, outcomes,
				new CriteriaRollup(new NamedParameterJdbcTemplate(dataSource)),
				new DataSourceTransactionManager(dataSource));
		DecisionLogHealth health = new DecisionLogHealth(dataSource, clock);
		DecisionLog log = new DecisionLog(repository, writer, new NikHasher("log-storage-bench-secret-0123456789ab"),
				new StoredFacts(json, clock), json, clock, registry, outcomes, new AccessLog(client, clock, health),
				new RuleCounters(registry), health);
		DecisionEngine engine = new DecisionEngine(Ruleset.embedded(),
				Clock.fixed(CHECK_DATE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		RequestReader reader = new RequestReader(
				Clock.fixed(CHECK_DATE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		String example = new String(
				LogStorageBench.class.getResourceAsStream("/examples/departure.json").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		Random random = new Random(20);
		long answerBytes = 0;
		long start = System.nanoTime();
		// The service's upkeep of the H2 file, every 10 s as in the service (none with
		// -Dcompact.seconds=0, as before issue 20).
		LogFileUpkeep upkeep = new LogFileUpkeep(dataSource, folder, health);
		long compactSeconds = Long.getLong("compact.seconds", 10);
		ScheduledExecutorService upkeeping = Executors.newSingleThreadScheduledExecutor();
		if (compactSeconds > 0) {
			upkeeping.scheduleWithFixedDelay(upkeep::compact, compactSeconds, compactSeconds, TimeUnit.SECONDS);
		}
		if (database.equals("h2") && Integer.getInteger("rate", 0) > 0) {
			// Whether the file levels off, or keeps growing with the decisions.
			Path file = folder.resolve("decision-log.mv.db");
			upkeeping.scheduleAtFixedRate(() -> {
				try {
					System.out.printf(Locale.ROOT, "  after %3.0f s: file %,d bytes%n",
							(System.nanoTime() - start) / 1e9, Files.size(file));
				}
				catch (java.io.IOException ex) {
					System.out.println("  file size not read: " + ex);
				}
			}, 30, 30, TimeUnit.SECONDS);
		}
		// -Drate=N: eight callers at N decisions per second in all, for runs long enough
		// that H2's 45 s retention of old chunks and the minute's upkeep both play.
		int rate = Integer.getInteger("rate", 0);
		int sequential = (rate > 0) ? 0 : decisions / 2;
		for (int i = 0; i < sequential; i++) {
			answerBytes += decide(log, engine, reader, json, random, i, example, allowPercent);
		}
		if (database.equals("h2") && sequential > 0) {
			report("file after one client", Files.size(folder.resolve("decision-log.mv.db")), sequential);
		}
		ExecutorService callers = Executors.newFixedThreadPool(8);
		List<Future<Integer>> pending = new ArrayList<>();
		for (int i = sequential; i < decisions; i++) {
			int n = i;
			long seed = random.nextLong();
			if (rate > 0) {
				LockSupport.parkNanos(start + (long) i * 1_000_000_000L / rate - System.nanoTime());
			}
			pending.add(callers
				.submit(() -> decide(log, engine, reader, json, new Random(seed), n, example, allowPercent)));
		}
		for (Future<Integer> done : pending) {
			answerBytes += done.get();
		}
		callers.shutdown();
		upkeeping.shutdownNow();
		double seconds = (System.nanoTime() - start) / 1e9;
		writer.destroy();
		System.out.printf(Locale.ROOT, "%s: %d decisions (%d %% ALLOW) in %.1f s, answers %.0f bytes each on average%n",
				database, decisions, allowPercent, seconds, (double) answerBytes / decisions);
		if (database.equals("h2")) {
			Path file = folder.resolve("decision-log.mv.db");
			report("file as written", Files.size(file), decisions);
			if (Boolean.getBoolean("keep")) {
				// For a look inside: java -cp h2.jar org.h2.mvstore.MVStoreTool -dump
				// FILE
				dataSource.close();
				System.out.println("  kept as written: " + file);
				return;
			}
			// What the service does after the nightly purge (SHUTDOWN COMPACT), timed.
			long compaction = System.nanoTime();
			upkeep.afterPurge();
			System.out.printf(Locale.ROOT, "  compaction after the purge (log offline) %.1f s%n",
					(System.nanoTime() - compaction) / 1e9);
			dataSource.close();
			report("file after the purge's compaction", Files.size(file), decisions);
		}
		else {
			long table = jdbc.queryForObject("SELECT pg_table_size('decision_log')", Long.class);
			long indexes = jdbc.queryForObject("SELECT pg_indexes_size('decision_log')", Long.class);
			report("decision_log table (with TOAST)", table, decisions);
			report("decision_log indexes", indexes, decisions);
			report("decision_log in all", table + indexes, decisions);
			jdbc.execute("VACUUM FULL decision_log");
			long full = jdbc.queryForObject("SELECT pg_total_relation_size('decision_log')", Long.class);
			report("decision_log in all after VACUUM FULL", full, decisions);
			dataSource.close();
		}
	}

	private static int decide(DecisionLog log, DecisionEngine engine, RequestReader reader, ObjectMapper json,
			Random random, int n, String example, int allowPercent) throws Exception {
		boolean clean = random.nextInt(100) < allowPercent;
		ObjectNode body = (ObjectNode) json.readTree(clean ? ALLOW : example);
		body.put("checkId", CHECKPOINTS[random.nextInt(CHECKPOINTS.length)] + "-2025-05-19-" + n);
		body.put("checkpoint", CHECKPOINTS[random.nextInt(CHECKPOINTS.length)]);
		((ObjectNode) body.get("person")).put("nik",
				String.format(Locale.ROOT, "32%014d", Math.floorMod(random.nextLong(), 100_000_000_000_000L)));
		if (clean) {
			body.put("destinationCountry", DESTINATIONS[random.nextInt(DESTINATIONS.length)]);
		}
		else {
			((ArrayNode) body.get("transitCountries")).removeAll().add(random.nextBoolean() ? "MY" : "SG");
		}
		ReadResult request = reader.read(DecisionService.DEPARTURE, body);
		Decision decision = request.evaluate(engine);
		return log.record(request, decision, Duration.ofNanos(2_000_000), () -> "counter-cgk").length();
	}

	private static void report(String what, long bytes, int decisions) {
		System.out.printf(Locale.ROOT, "  %-40s %,12d bytes  %,8.0f bytes per decision%n", what, bytes,
				(double) bytes / decisions);
	}

	private static HikariDataSource dataSource(String database, Path folder) {
		HikariDataSource dataSource = new HikariDataSource();
		if (database.equals("h2")) {
			dataSource.setJdbcUrl("jdbc:h2:file:" + folder.resolve("decision-log") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0"
					+ System.getProperty("h2.settings", ""));
			dataSource.setUsername("sa");
			dataSource.setPassword("");
		}
		else {
			dataSource.setJdbcUrl(env("DECISIONS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/decisions_test"));
			dataSource.setUsername(env("DECISIONS_TEST_PG_USER", "decisions_test"));
			dataSource.setPassword(env("DECISIONS_TEST_PG_PASSWORD", "decisions_test"));
		}
		return dataSource;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
