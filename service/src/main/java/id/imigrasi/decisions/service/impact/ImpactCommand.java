package id.imigrasi.decisions.service.impact;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.Properties;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.WorkbookLimits;
import id.imigrasi.decisions.service.audit.H2FilePath;
import id.imigrasi.decisions.service.audit.StoredFacts;
import id.imigrasi.decisions.service.ruleset.RulesetLifecycle;
import id.imigrasi.decisions.service.ruleset.Upload;
import id.imigrasi.decisions.service.scenario.ScenarioRun;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;
import id.imigrasi.decisions.service.system.TablesFolder;

/**
 * {@code java -jar service.jar impact <tables folder> [--days N] [--json]} (SPEC 9): the
 * impact report of the workbooks in a folder against the configured decision log, without
 * a web server. The log is found as the service finds it (application.properties,
 * {@code SPRING_DATASOURCE_URL} and the other environment variables, or
 * {@code --spring.datasource.url=...} / {@code --decisions.data-dir=...}; an H2 file
 * under the data folder by default) and opened <em>read-only</em>: H2 with
 * {@code ACCESS_MODE_DATA=r} and {@code IFEXISTS=TRUE}, PostgreSQL in read-only
 * transactions. No migration runs and nothing is written, the access log included:
 * whoever runs this command holds the database itself, outside the service's keys. The
 * candidate is checked within the default workbook limits and compiled, the packs shipped
 * in the jar are run on it and every property of the law is checked; the service's other
 * gates (uncovered rows, review dates) run at upload and in
 * {@code POST /api/v1/rulesets/impact}. Exit status 0 when the report was made, 1 when
 * the tables are refused or do not compile, 2 for a wrong command line or a log that
 * cannot be read.
 */
public final class ImpactCommand {

	public static final String USAGE = "Usage: impact <tables folder> [--days N] [--json] [--time-budget SECONDS] "
			+ "[--spring.datasource.url=URL] [--decisions.data-dir=DIR]";

	static final int OK = 0;

	static final int REFUSED = 1;

	static final int USAGE_ERROR = 2;

	static final String READ_ONLY = "Read-only: the decision log was opened read-only; nothing was migrated or "
			+ "written, and this run is not in the service's access log.";

	private ImpactCommand() {
	}

	public static int run(List<String> args, PrintStream out) {
		Path tables = null;
		int days = CandidateImpact.DEFAULT_DAYS;
		boolean json = false;
		Duration budget = Duration.ofSeconds(60);
		List<String> spring = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--json")) {
				json = true;
			}
			else if (arg.equals("--days") && i + 1 < args.size() && args.get(i + 1).matches("\\d{1,4}")
					&& Integer.parseInt(args.get(i + 1)) >= 1
					&& Integer.parseInt(args.get(i + 1)) <= CandidateImpact.MAX_DAYS) {
				days = Integer.parseInt(args.get(++i));
			}
			else if (arg.equals("--time-budget") && i + 1 < args.size() && args.get(i + 1).matches("\\d{1,5}")) {
				budget = Duration.ofSeconds(Long.parseLong(args.get(++i)));
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				spring.add(arg);
			}
			else if (!arg.startsWith("--") && tables == null) {
				tables = Path.of(arg);
			}
			else {
				out.println("Unknown or incomplete argument: " + arg + " (--days takes 1 to " + CandidateImpact.MAX_DAYS
						+ ")");
				out.println(USAGE);
				return USAGE_ERROR;
			}
		}
		if (tables == null || !Files.isDirectory(tables)) {
			out.println((tables == null) ? USAGE : "No such folder: " + tables);
			return USAGE_ERROR;
		}
		Map<String, byte[]> workbooks;
		try {
			workbooks = TablesFolder.read(tables);
		}
		catch (IOException ex) {
			out.println("Cannot read " + tables + ": " + ex.getMessage());
			return USAGE_ERROR;
		}
		ConfigurableEnvironment environment = environment(spring);
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || url.isBlank()) {
			out.println("No decision log is configured (spring.datasource.url).");
			return USAGE_ERROR;
		}
		// The log first: a log that cannot be read is said before the tables take seconds
		// to
		// compile.
		try (Connection connection = openReadOnly(url, environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"))) {
			return report(tables, workbooks, days, json, budget, connection, url, out);
		}
		catch (SQLException ex) {
			out.println("The decision log at " + shown(url) + " cannot be read: " + firstLine(ex.getMessage()));
			if (String.valueOf(ex.getMessage()).contains("already in use")) {
				out.println("The service holds the H2 file while it runs: stop it first, or keep the log on "
						+ "PostgreSQL (docs/decision-log.md).");
			}
			return USAGE_ERROR;
		}
	}

	private static int report(Path tables, Map<String, byte[]> workbooks, int days, boolean json, Duration budget,
			Connection connection, String url, PrintStream out) throws SQLException {
		String label = "impact-" + tables.toAbsolutePath().normalize().getFileName();
		Ruleset candidate;
		try {
			List<Problem> tooLarge = WorkbookLimits.defaults().check(workbooks);
			if (!tooLarge.isEmpty()) {
				throw new RulesetException(tooLarge);
			}
			candidate = Ruleset.compile(label, workbooks);
		}
		catch (RulesetException ex) {
			out.println("The tables in " + tables + " are refused; no decision was read:");
			ex.problems().forEach((problem) -> out.println("  " + problem));
			return REFUSED;
		}
		Upload upload = new Upload(label, null, workbooks, Map.of(), "command line");
		Map<String, byte[]> packs = RulesetLifecycle.gatingPacks(upload);
		PropertyReport properties = Properties.check(candidate, RulesetLifecycle.propertyFiles(upload), budget);
		ScenarioRun scenarios = new ScenarioRunner(new DecisionEngine(candidate)).runAll("impact", packs);
		Instant to = Instant.now();
		Instant from = to.minus(Duration.ofDays(days));
		LogImpact run = new Reevaluation(candidate,
				new StoredFacts(new ObjectMapper(), Clock.system(DecisionEngine.JAKARTA)), Reevaluation.cores())
			.run(connection, from);
		ImpactReport report = ImpactReport.of(candidate.info(), null, new ImpactReport.Period(days, from, to), run,
				scenarios, packs.size(), properties, null);
		if (json) {
			out.println(json(report));
			System.err.println(READ_ONLY);
		}
		else {
			out.println("Decision log: " + shown(url));
			out.print(ImpactText.render(report));
			out.println();
			out.println(READ_ONLY);
		}
		out.flush();
		return OK;
	}

	/**
	 * Configuration as the service reads it, without starting it: application.properties
	 * (and ./config, profiles), environment variables such as
	 * {@code SPRING_DATASOURCE_URL}, and {@code --name=value} arguments first.
	 */
	static ConfigurableEnvironment environment(List<String> springArgs) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource(springArgs.toArray(String[]::new)));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}

	/**
	 * A connection that cannot write: an H2 file opened read-only (and never created), or
	 * a PostgreSQL session whose transactions are read-only.
	 */
	static Connection openReadOnly(String url, String user, String password) throws SQLException {
		String readOnlyUrl = url;
		if (url.startsWith("jdbc:h2:")) {
			// Settings that write are dropped; the data is opened read-only.
			readOnlyUrl = Stream.of(H2FilePath.absolute(url).split(";"))
				.filter((part) -> !part.toUpperCase().startsWith("WRITE_DELAY=")
						&& !part.toUpperCase().startsWith("MAX_COMPACT_TIME=")
						&& !part.toUpperCase().startsWith("ACCESS_MODE_DATA=")
						&& !part.toUpperCase().startsWith("IFEXISTS="))
				.collect(Collectors.joining(";")) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
		}
		Connection connection = DriverManager.getConnection(readOnlyUrl, user, password);
		connection.setReadOnly(true);
		return connection;
	}

	/** The URL without anything that may carry a credential. */
	static String shown(String url) {
		int cut = url.length();
		for (char c : new char[] { '?', ';' }) {
			int at = url.indexOf(c);
			if (at >= 0) {
				cut = Math.min(cut, at);
			}
		}
		return url.substring(0, cut);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	private static String json(ImpactReport report) {
		try {
			return new ObjectMapper().registerModule(new JavaTimeModule())
				.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
				.setSerializationInclusion(JsonInclude.Include.NON_NULL)
				.enable(SerializationFeature.INDENT_OUTPUT)
				.writeValueAsString(report);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
