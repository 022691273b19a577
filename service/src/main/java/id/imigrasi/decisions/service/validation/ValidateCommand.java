package id.imigrasi.decisions.service.validation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.Properties;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.PropertyResult;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.Validator;
import id.imigrasi.decisions.service.system.TablesFolder;

/**
 * {@code java -jar service.jar validate <folder or workbook> [--json] [--scenarios DIR]
 * [--properties | --no-properties] [--time-budget SECONDS]}: validates the decision
 * tables and prints every problem, each at its cell; then checks the properties of the
 * law (SPEC 2.7) over the whole case space and prints each result, the cases decided and
 * the time, and each counterexample as a ready-to-run scenario. {@code --properties}
 * checks only the properties (after the checks that make a ruleset unusable),
 * {@code --no-properties} only validates. Properties in {@code DIR/properties/} of
 * {@code --scenarios} add to the shipped ones. Exit status 0 when there is no error
 * (warnings allowed), 1 when there is one, 2 when the command itself is wrong. Runs
 * before Spring starts: no web server, no data folder.
 */
public final class ValidateCommand {

	static final int OK = 0;

	static final int INVALID = 1;

	static final int USAGE = 2;

	/** How long the properties may take unless --time-budget says otherwise. */
	static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

	public static final String USAGE_TEXT = "Usage: validate <folder or workbook> [--json] [--scenarios DIR] "
			+ "[--properties | --no-properties] [--time-budget SECONDS]";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ValidateCommand() {
	}

	public static int run(List<String> args, PrintStream out) {
		return run(args, out, ScenarioCoverage.NONE);
	}

	public static int run(List<String> args, PrintStream out, ScenarioCoverage coverage) {
		boolean json = false;
		boolean onlyProperties = false;
		boolean noProperties = false;
		Duration budget = DEFAULT_BUDGET;
		Path target = null;
		Path scenarios = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--json")) {
				json = true;
			}
			else if (arg.equals("--properties")) {
				onlyProperties = true;
			}
			else if (arg.equals("--no-properties")) {
				noProperties = true;
			}
			else if (arg.equals("--scenarios") && i + 1 < args.size()) {
				scenarios = Path.of(args.get(++i));
			}
			else if (arg.equals("--time-budget") && i + 1 < args.size() && args.get(i + 1).matches("\\d{1,5}")) {
				budget = Duration.ofSeconds(Long.parseLong(args.get(++i)));
			}
			else if (!arg.startsWith("--") && target == null) {
				target = Path.of(arg);
			}
			else {
				out.println("Unknown argument: " + arg);
				out.println(USAGE_TEXT);
				return USAGE;
			}
		}
		if (onlyProperties && noProperties) {
			out.println("--properties and --no-properties exclude each other.");
			out.println(USAGE_TEXT);
			return USAGE;
		}
		if (target == null || !Files.exists(target)) {
			out.println((target == null) ? USAGE_TEXT : "No such folder or workbook: " + target);
			return USAGE;
		}
		Map<String, byte[]> workbooks;
		Map<String, byte[]> propertyFiles;
		try {
			workbooks = TablesFolder.read(Files.isDirectory(target) ? target : target.toAbsolutePath().getParent());
			propertyFiles = propertyFiles(scenarios);
		}
		catch (IOException ex) {
			out.println("Cannot read " + target + ": " + ex.getMessage());
			return USAGE;
		}
		if (!Files.isDirectory(target) && !workbooks.containsKey(target.getFileName().toString())) {
			out.println("Not a workbook (.xlsx): " + target);
			return USAGE;
		}
		Set<String> reached = null;
		String coverageNote = null;
		if (!onlyProperties && scenarios == null) {
			coverageNote = "Coverage was not checked: pass --scenarios test-scenarios/ to check it.";
		}
		else if (!onlyProperties) {
			try {
				reached = coverage.ruleIdsReached(scenarios);
				if (reached == null) {
					coverageNote = "Coverage was skipped: scenario support is not available in this build.";
				}
			}
			catch (Exception ex) {
				coverageNote = "Coverage was skipped: the scenarios in " + scenarios + " could not be run ("
						+ ex.getMessage() + ").";
			}
		}
		ValidationReport report = onlyProperties ? Validator.checkWithoutCompiling(workbooks)
				: Validator.validate(workbooks, reached);
		if (!Files.isDirectory(target)) {
			report = report.withNote("Validated " + target.getFileName() + " together with the other workbooks of "
					+ target.toAbsolutePath().getParent() + ".");
		}
		if (coverageNote != null) {
			report = report.withNote(coverageNote);
		}
		PropertyReport properties = null;
		if (!noProperties) {
			if (report.hasErrors()) {
				report = report.withNote("The properties of the law were not checked: fix the errors first.");
			}
			else {
				try {
					properties = Properties.check(Ruleset.compile("validate", workbooks), propertyFiles, budget);
				}
				catch (RulesetException ex) {
					report = new ValidationReport(ex.problems(), report.notes())
						.withNote("The properties of the law were not checked: the tables do not compile.");
				}
			}
		}
		if (json) {
			out.println(json(report, properties));
		}
		else {
			if (!onlyProperties || report.hasErrors()) {
				out.print(report.toText());
			}
			if (properties != null) {
				out.println();
				out.println("Properties of the law (SPEC 2.7), time budget " + budget.toSeconds() + " s:");
				out.print(properties.toText());
			}
		}
		out.flush();
		return (report.hasErrors() || (properties != null && !properties.holds())) ? INVALID : OK;
	}

	/** Properties policy staff keep beside the scenario packs: DIR/properties/*.yaml. */
	static Map<String, byte[]> propertyFiles(Path scenarios) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		if (scenarios == null) {
			return files;
		}
		Path folder = scenarios.resolve("properties");
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path file : paths.filter(Files::isRegularFile)
				.filter((f) -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
				.sorted()
				.toList()) {
				files.put("properties/" + folder.relativize(file).toString().replace('\\', '/'),
						Files.readAllBytes(file));
			}
		}
		return files;
	}

	/** The validator's JSON, with the properties' results beside it. */
	private static String json(ValidationReport report, PropertyReport properties) {
		try {
			ObjectNode root = (ObjectNode) JSON.readTree(report.toJson());
			if (properties != null) {
				root.put("valid", !report.hasErrors() && properties.holds());
				ObjectNode node = root.putObject("properties");
				node.put("holds", properties.holds());
				node.put("cases", properties.cases());
				node.put("combinations", properties.combinations());
				node.put("seconds", properties.elapsed().toMillis() / 1000.0);
				ArrayNode results = node.putArray("results");
				for (PropertyResult result : properties.results()) {
					results.addObject()
						.put("id", result.id())
						.put("status", result.status().name())
						.put("source", result.source())
						.put("cases", result.cases())
						.put("seconds", result.elapsed().toMillis() / 1000.0)
						.put("title", result.title().en())
						.put("titleId", result.title().id());
				}
				ArrayNode problems = node.putArray("problems");
				for (Problem problem : properties.problems()) {
					problems.addObject()
						.put("severity", problem.severity().name())
						.put("code", problem.code().name())
						.put("location", problem.location())
						.put("message", problem.message())
						.put("messageId", problem.messageId());
				}
				ArrayNode examples = node.putArray("counterexamples");
				for (Counterexample example : properties.counterexamples()) {
					examples.addObject()
						.put("property", example.property())
						.put("service", example.service())
						.put("legalDate", example.legalDate().toString())
						.put("location", example.location())
						.put("scenario", example.scenarioYaml());
				}
			}
			return JSON.writeValueAsString(root);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
