package id.imigrasi.decisions.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import id.imigrasi.decisions.engine.Ruleset;

/**
 * Issue 16's speed goal: the impact of a candidate over a million logged decisions in
 * under two minutes on this two-core machine. Writes the log (the corpus, as the service
 * logs it: {@link ImpactLog}) into an H2 file made by the service's own migrations and,
 * when {@code DECISIONS_BENCH_PG_URL} names a database, into PostgreSQL; then runs the
 * packaged service's command {@code impact <tables> --days 90 --json} on it as its own
 * process with a small heap (the log is streamed, never held), once with the same tables
 * (nothing may change) and once with an edit (DC-012 recommends SECONDARY_INSPECTION
 * instead of DEFER), and reports the command's wall time and the report's own timing:
 * decisions/s and thread-seconds reading, parsing, evaluating and diffing.
 *
 * <p>
 * A log already written with as many decisions is reused (writing a million takes a few
 * minutes); {@code --impact-fresh} writes it again.
 */
final class ImpactRun {

	static final String HEAP = "-Xmx384m";

	private static final ObjectMapper JSON = new ObjectMapper();

	private ImpactRun() {
	}

	static void run(Report report, Path jar, long decisions, boolean fresh) throws Exception {
		if (!Files.isRegularFile(jar)) {
			report.line("Skipped: no service jar at %s.", jar);
			return;
		}
		Path work = Path.of("bench/target/impact").toAbsolutePath();
		Files.createDirectories(work);
		Path same = writeTables(work.resolve("candidate-same"), FrozenTables.workbooks());
		Path edited = writeTables(work.resolve("candidate-dc012"),
				withOutcome(FrozenTables.workbooks(), "departure.drl.xlsx", "DC-012", "SECONDARY_INSPECTION"));
		Ruleset ruleset = FrozenTables.ruleset();
		report.line("Log: %,d departures of the corpus (seed %d), legal dates %s to %s, decided over the last 89 "
				+ "days, answered by the frozen tables (%s). Command: `java %s -jar service.jar impact <tables> "
				+ "--days 90 --json`, its own process; candidates: the frozen tables unchanged, and with DC-012's "
				+ "outcome DEFER → SECONDARY_INSPECTION.", decisions, Corpus.SEED, Corpus.CHECK_DATE.minusDays(89),
				Corpus.CHECK_DATE, FrozenTables.VERSION, HEAP);
		report.line("");
		List<Map<String, String>> rows = new ArrayList<>();

		Path data = work.resolve("h2-data");
		String h2 = "jdbc:h2:file:" + data.resolve("decision-log");
		Map<String, String> h2Env = Map.of("DECISIONS_DATA_DIR", data.toString());
		double written = prepare(jar, work, h2Env, () -> DriverManager.getConnection(h2, "sa", ""), ruleset, decisions,
				fresh || !Files.exists(data.resolve("decision-log.mv.db")), data);
		rows.add(measure("H2 file", jar, work, h2Env, same, written));
		rows.add(measure("H2 file", jar, work, h2Env, edited, written));

		String pgUrl = System.getenv("DECISIONS_BENCH_PG_URL");
		if (pgUrl != null) {
			String user = System.getenv().getOrDefault("DECISIONS_BENCH_PG_USER", "decisions_test");
			String password = System.getenv().getOrDefault("DECISIONS_BENCH_PG_PASSWORD", "decisions_test");
			Map<String, String> pgEnv = Map.of("DECISIONS_DATA_DIR", work.resolve("pg-data").toString(),
					"SPRING_DATASOURCE_URL", pgUrl, "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD",
					password);
			double pgWritten = prepare(jar, work, pgEnv, () -> DriverManager.getConnection(pgUrl, user, password),
					ruleset, decisions, fresh, null);
			rows.add(measure("PostgreSQL 15", jar, work, pgEnv, same, pgWritten));
			rows.add(measure("PostgreSQL 15", jar, work, pgEnv, edited, pgWritten));
		}
		else {
			report.line("PostgreSQL: skipped (set DECISIONS_BENCH_PG_URL, _USER, _PASSWORD to a database of your "
					+ "own; the run drops and recreates the log's tables there).");
			report.line("");
		}
		table(report, rows);
		report.line("");
		report.line("reading … diffing: thread-seconds of the report's own timing (reading on one thread, the "
				+ "others added over the worker threads: on a busy machine they include time waiting for a core); "
				+ "CPU s: CPU time of the reading thread and the workers over the log; process CPU s: the whole "
				+ "JVM's over the same stretch (collector and JIT compiler included); the command's time includes "
				+ "the JVM's start, the compile, the scenario packs and the properties.");
	}

	private static void table(Report report, List<Map<String, String>> rows) {
		List<String> columns = new ArrayList<>(rows.get(0).keySet());
		report.line("%s", "| " + String.join(" | ", columns) + " |");
		report.line("%s", "|" + "---|".repeat(columns.size()));
		for (Map<String, String> row : rows) {
			report.line("%s", "| " + String.join(" | ", row.values()) + " |");
		}
	}

	private interface Connector {

		Connection open() throws SQLException;

	}

	/**
	 * Makes the schema with the service's own migrations (one start of the service on
	 * that log) and writes the log, unless one of the same size is there.
	 * @return seconds spent writing, or 0 when an existing log was kept
	 */
	private static double prepare(Path jar, Path work, Map<String, String> env, Connector connector, Ruleset ruleset,
			long decisions, boolean fresh, Path h2Folder) throws Exception {
		if (!fresh) {
			try (Connection connection = connector.open();
					Statement count = connection.createStatement();
					ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM decision_log")) {
				rows.next();
				if (rows.getLong(1) == decisions) {
					return 0;
				}
			}
			catch (SQLException ex) {
				// no log there yet
			}
		}
		if (h2Folder != null) {
			deleteFolder(h2Folder);
		}
		else {
			try (Connection connection = connector.open(); Statement drop = connection.createStatement()) {
				for (String table : List.of("access_log", "criteria_daily", "decision_outcome", "decision_log",
						"ruleset_replica", "ruleset_pointer", "ruleset_activation", "ruleset_file", "ruleset_version",
						"flyway_schema_history")) {
					drop.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
				}
			}
		}
		Files.createDirectories(Path.of(env.get("DECISIONS_DATA_DIR")));
		try (ServiceProcess service = ServiceProcess.start(jar, List.of(HEAP), work, env)) {
			// started: the migrations ran
		}
		long start = System.nanoTime();
		try (Connection connection = connector.open()) {
			ImpactLog.write(connection, ruleset, decisions, Instant.now());
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static Map<String, String> measure(String log, Path jar, Path work, Map<String, String> env, Path candidate,
			double written) throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-jar",
				jar.toAbsolutePath().toString(), "impact", candidate.toString(), "--days", "90", "--json");
		Path out = Files.createTempFile(work, "impact-", ".json");
		Path err = Files.createTempFile(work, "impact-", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().putAll(env);
		long start = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The impact command did not end within 15 minutes");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (process.exitValue() != 0) {
			throw new IllegalStateException("The impact command failed (" + process.exitValue() + "): "
					+ Files.readString(out) + Files.readString(err));
		}
		JsonNode report = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
		JsonNode timing = report.get("timing");
		Map<String, String> row = new LinkedHashMap<>();
		row.put("log", log);
		row.put("candidate", candidate.getFileName().toString());
		row.put("decisions read", String.format(Locale.ROOT, "%,d", report.at("/totals/read").asLong()));
		row.put("changed", String.format(Locale.ROOT, "%,d", report.at("/totals/changed").asLong()));
		row.put("unreadable", String.format(Locale.ROOT, "%,d", report.at("/totals/unreadable").asLong()));
		row.put("command, s", String.format(Locale.ROOT, "%.1f", seconds));
		row.put("over the log, s", String.format(Locale.ROOT, "%.1f", timing.get("seconds").asDouble()));
		row.put("decisions/s", String.format(Locale.ROOT, "%,d", timing.get("decisionsPerSecond").asLong()));
		for (String phase : List.of("reading", "waiting", "parsing", "evaluating", "diffing")) {
			row.put(phase, String.format(Locale.ROOT, "%.1f", timing.get(phase + "Seconds").asDouble()));
		}
		row.put("CPU s", String.format(Locale.ROOT, "%.1f", timing.get("cpuSeconds").asDouble()));
		row.put("CPU µs/decision", String.format(Locale.ROOT, "%.1f", timing.get("cpuMicrosPerDecision").asDouble()));
		row.put("process CPU s", String.format(Locale.ROOT, "%.1f", timing.get("processCpuSeconds").asDouble()));
		row.put("log written in, s", (written > 0) ? String.format(Locale.ROOT, "%.0f", written) : "kept");
		Files.writeString(work.resolve("last-" + log.replaceAll("\\W", "") + "-" + candidate.getFileName() + ".json"),
				report.toPrettyString());
		System.out.println(row);
		return row;
	}

	private static Path writeTables(Path folder, Map<String, byte[]> workbooks) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
			Files.write(folder.resolve(workbook.getKey()), workbook.getValue());
		}
		return folder;
	}

	/**
	 * A copy of the set with the outcome of a row changed, found by the column's code
	 * ({@code outcome("$param")}, row 9) and the rule ID (column B), never by letter.
	 */
	static Map<String, byte[]> withOutcome(Map<String, byte[]> workbooks, String file, String ruleId, String outcome)
			throws IOException {
		Map<String, byte[]> copy = new LinkedHashMap<>(workbooks);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbooks.get(file)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			int column = -1;
			for (Cell cell : sheet.getRow(8)) {
				if ("outcome(\"$param\")".equals(cell.toString().strip())) {
					column = cell.getColumnIndex();
				}
			}
			boolean found = false;
			for (Row row : sheet) {
				Cell id = row.getCell(1);
				if (column >= 0 && id != null && ruleId.equals(id.toString().strip())) {
					row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(outcome);
					found = true;
				}
			}
			if (!found) {
				throw new IllegalStateException("No row " + ruleId + " with an outcome column in " + file);
			}
			workbook.write(out);
			copy.put(file, out.toByteArray());
		}
		return copy;
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
