package id.imigrasi.decisions.service.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;

/**
 * Reads scenario packs: one scenario per file, a YAML list of them, or several YAML
 * documents. Every problem of every file is collected with its file and line, and a bad
 * file never keeps the good ones from loading. Requests are read by the API's own
 * {@link RequestReader}, so a pack cannot say what the API would refuse.
 */
final class ScenarioLoader {

	/** The folder beside the packs that holds properties, not scenarios. */
	static final String PROPERTIES = "properties";

	private static final List<String> SCENARIO_KEYS = List.of("id", "title", "story", "service", "request", "expect");

	private static final List<String> EXPECT_KEYS = List.of("recommendation", "findings", "notFindings", "referrals",
			"urgency", "citations", "notCitations");

	private final RequestReader reader;

	private final RuleCatalog rules;

	ScenarioLoader(RequestReader reader, RuleCatalog rules) {
		this.reader = reader;
		this.rules = rules;
	}

	/** Everything loaded from a folder or a file, and every problem found on the way. */
	record Loaded(List<Scenario> scenarios, List<ScenarioProblem> problems) {
	}

	Loaded load(Path start) {
		List<Scenario> scenarios = new ArrayList<>();
		List<ScenarioProblem> problems = new ArrayList<>();
		Path root = Files.isDirectory(start) ? start : start.toAbsolutePath().getParent();
		for (Path file : files(start, problems)) {
			LocatedYaml yaml = parse(file, () -> LocatedYaml.read(file), problems);
			if (yaml != null) {
				loadFile(file, yaml, folderOf(file, root), scenarios, problems);
			}
		}
		return unique(scenarios, problems);
	}

	/**
	 * Loads packs held in memory, by their path relative to the packs' root (e.g. packs
	 * uploaded with a new ruleset, or shipped in the jar).
	 */
	Loaded load(Map<String, byte[]> packs) {
		List<Scenario> scenarios = new ArrayList<>();
		List<ScenarioProblem> problems = new ArrayList<>();
		for (Map.Entry<String, byte[]> pack : new TreeMap<>(packs).entrySet()) {
			Path file = Path.of(pack.getKey());
			if (!isYaml(file) || isProperties(file)) {
				continue;
			}
			LocatedYaml yaml = parse(file, () -> LocatedYaml.read(new ByteArrayInputStream(pack.getValue())), problems);
			if (yaml != null) {
				String folder = (file.getParent() != null) ? file.getParent().toString().replace('\\', '/') : ".";
				loadFile(file, yaml, folder, scenarios, problems);
			}
		}
		return unique(scenarios, problems);
	}

	private interface YamlSource {

		LocatedYaml read() throws IOException, LocatedYaml.SyntaxError;

	}

	private static LocatedYaml parse(Path file, YamlSource source, List<ScenarioProblem> problems) {
		try {
			return source.read();
		}
		catch (LocatedYaml.SyntaxError ex) {
			problems.add(new ScenarioProblem(file, ex.line(), ex.getMessage()));
		}
		catch (IOException ex) {
			problems.add(new ScenarioProblem(file, 0, "Cannot read the file: " + ex.getMessage()));
		}
		return null;
	}

	private static Loaded unique(List<Scenario> scenarios, List<ScenarioProblem> problems) {
		Map<String, Scenario> byId = new HashMap<>();
		List<Scenario> unique = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			Scenario first = byId.putIfAbsent(scenario.id(), scenario);
			if (first != null) {
				problems.add(new ScenarioProblem(scenario.file(), scenario.line(), "Scenario id '" + scenario.id()
						+ "' is already used at " + first.file() + ":" + first.line() + "; ids must be unique."));
			}
			else {
				unique.add(scenario);
			}
		}
		// Read top to bottom, file by file, as a trainer fixes them.
		problems.sort(Comparator.comparing(ScenarioProblem::file).thenComparingInt(ScenarioProblem::line));
		return new Loaded(unique, problems);
	}

	private static List<Path> files(Path start, List<ScenarioProblem> problems) {
		if (!Files.exists(start)) {
			problems.add(new ScenarioProblem(start, 0, "No such file or folder."));
			return List.of();
		}
		if (!Files.isDirectory(start)) {
			return List.of(start);
		}
		try (Stream<Path> walk = Files.walk(start)) {
			return walk.filter(Files::isRegularFile)
				.filter(ScenarioLoader::isYaml)
				.filter((file) -> !isProperties(start.relativize(file)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			problems.add(new ScenarioProblem(start, 0, "Cannot read the folder: " + ex.getMessage()));
			return List.of();
		}
	}

	/**
	 * Whether a file lies in a {@code properties/} folder: policy staff's properties of
	 * the law (SPEC 2.7) live beside the packs but are not scenarios.
	 */
	static boolean isProperties(Path relative) {
		for (Path segment : relative) {
			if (segment.toString().equals(PROPERTIES)) {
				return true;
			}
		}
		return false;
	}

	static boolean isYaml(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

	private void loadFile(Path file, LocatedYaml yaml, String folder, List<Scenario> scenarios,
			List<ScenarioProblem> problems) {
		for (LocatedYaml.Duplicate duplicate : yaml.duplicates()) {
			problems.add(new ScenarioProblem(file, duplicate.line(),
					"The key '" + lastSegment(duplicate.pointer()) + "' is given twice in the same mapping."));
		}
		if (yaml.documents().isEmpty()) {
			problems.add(new ScenarioProblem(file, 0, "The file holds no scenario."));
		}
		for (int d = 0; d < yaml.documents().size(); d++) {
			JsonNode document = yaml.documents().get(d);
			String pointer = LocatedYaml.documentRoot(d);
			if (document.isArray()) {
				for (int i = 0; i < document.size(); i++) {
					new FileReader(file, yaml, folder, problems).scenario(document.get(i), pointer + "/" + i)
						.ifPresent(scenarios::add);
				}
			}
			else {
				new FileReader(file, yaml, folder, problems).scenario(document, pointer).ifPresent(scenarios::add);
			}
		}
	}

	private static String folderOf(Path file, Path root) {
		Path parent = file.toAbsolutePath().normalize().getParent();
		Path base = root.toAbsolutePath().normalize();
		Path relative = base.relativize(parent);
		String folder = relative.toString().replace('\\', '/');
		return folder.isEmpty() ? "." : folder;
	}

	private static String lastSegment(String pointer) {
		return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
	}

	/** Reads the scenarios of one file, adding each problem with its line. */
	private final class FileReader {

		private final Path file;

		private final LocatedYaml yaml;

		private final String folder;

		private final List<ScenarioProblem> problems;

		private int found;

		FileReader(Path file, LocatedYaml yaml, String folder, List<ScenarioProblem> problems) {
			this.file = file;
			this.yaml = yaml;
			this.folder = folder;
			this.problems = problems;
		}

		private void problem(String pointer, String message) {
			this.problems.add(new ScenarioProblem(this.file, this.yaml.line(pointer), message));
			this.found++;
		}

		java.util.Optional<Scenario> scenario(JsonNode node, String at) {
			if (!node.isObject()) {
				problem(at, "A scenario must be a mapping with the keys " + String.join(", ", SCENARIO_KEYS) + ".");
				return java.util.Optional.empty();
			}
			unknownKeys(node, at, SCENARIO_KEYS, "scenario");
			String id = text(node, at, "id", true);
			String where = (id != null) ? "Scenario " + id + ": " : "";
			String title = text(node, at, "title", true);
			String story = text(node, at, "story", true);
			DecisionService service = service(node, at);
			ReadResult request = null;
			JsonNode requestNode = node.get("request");
			if (requestNode == null) {
				problem(at, where + "'request' is missing: give the request body of SPEC 3.");
			}
			else if (service != null) {
				request = request(requestNode, at + "/request", service, where);
			}
			Expectation expect = null;
			JsonNode expectNode = node.get("expect");
			if (expectNode == null || !expectNode.isObject()) {
				problem(at, where + "'expect' is missing or not a mapping.");
			}
			else if (service != null) {
				expect = expectation(expectNode, at + "/expect", service, where);
			}
			if (this.found > 0 || id == null || request == null || expect == null) {
				this.found = 0;
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(new Scenario(id, title, story, service, request, expect, this.file,
					this.yaml.line(at), this.folder));
		}

		private void unknownKeys(JsonNode node, String at, List<String> allowed, String what) {
			for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
				String name = names.next();
				if (!allowed.contains(name)) {
					problem(at + "/" + LocatedYaml.escape(name),
							"Unknown " + what + " key '" + name + "'. Allowed: " + String.join(", ", allowed) + ".");
				}
			}
		}

		private String text(JsonNode node, String at, String key, boolean required) {
			JsonNode value = node.get(key);
			if (value == null || value.isNull()) {
				if (required) {
					problem(at, "'" + key + "' is missing.");
				}
				return null;
			}
			if (!value.isTextual() || value.textValue().isBlank()) {
				problem(at + "/" + key, "'" + key + "' must be non-empty text.");
				return null;
			}
			return value.textValue().strip();
		}

		private DecisionService service(JsonNode node, String at) {
			String name = text(node, at, "service", true);
			if (name == null) {
				return null;
			}
			for (DecisionService service : DecisionService.values()) {
				if (service.path().equals(name)) {
					return service;
				}
			}
			problem(at + "/service", "Unknown service '" + name + "'. Allowed: passport-application, departure.");
			return null;
		}

		private ReadResult request(JsonNode node, String at, DecisionService service, String where) {
			ReadResult read = ScenarioLoader.this.reader.read(service, node);
			for (InputProblem input : read.problems()) {
				problem(at + toPointer(input.path()),
						where + "the request breaks the API contract: " + input.path() + " " + input.message());
			}
			if (read.valid() && legalDateMissing(node, service)) {
				String field = service.legalDateField();
				problem(at, where + "the request has no " + field
						+ "; give one so the scenario does not depend on today's date.");
			}
			return read.valid() ? read : null;
		}

		private static boolean legalDateMissing(JsonNode node, DecisionService service) {
			String field = service.legalDateField();
			return !node.hasNonNull(field);
		}

		private Expectation expectation(JsonNode node, String at, DecisionService service, String where) {
			unknownKeys(node, at, EXPECT_KEYS, "expect");
			Outcome recommendation = recommendation(node, at, service, where);
			List<String> findings = ruleIds(node, at, "findings", service, where);
			List<String> notFindings = ruleIds(node, at, "notFindings", service, where);
			Set<Agency> referrals = referrals(node, at, where);
			Map<Agency, Urgency> urgency = urgency(node, at, referrals, where);
			List<String> citations = texts(node, at, "citations", where);
			List<String> notCitations = texts(node, at, "notCitations", where);
			if (node.get("findings") == null) {
				problem(at, where + "expect.findings is missing; write [] when no rule should be required.");
			}
			if (node.get("referrals") == null) {
				problem(at, where + "expect.referrals is missing; write [] when no agency should be referred to.");
			}
			for (String id : findings) {
				if (notFindings.contains(id)) {
					problem(at + "/notFindings", where + id + " is both in findings and in notFindings.");
				}
			}
			return new Expectation(recommendation, findings, notFindings, referrals, urgency, citations, notCitations);
		}

		private Outcome recommendation(JsonNode node, String at, DecisionService service, String where) {
			JsonNode value = node.get("recommendation");
			List<String> allowed = new ArrayList<>();
			for (Outcome outcome : Outcome.values()) {
				if (outcome.service() == service) {
					allowed.add(outcome.name());
				}
			}
			if (value == null) {
				problem(at, where + "expect.recommendation is missing. Allowed for " + service.path() + ": "
						+ String.join(", ", allowed) + ".");
				return null;
			}
			if (value.isTextual() && allowed.contains(value.textValue())) {
				return Outcome.valueOf(value.textValue());
			}
			problem(at + "/recommendation", where + "expect.recommendation '" + value.asText() + "' is not a "
					+ service.path() + " recommendation. Allowed: " + String.join(", ", allowed) + ".");
			return null;
		}

		private List<String> ruleIds(JsonNode node, String at, String key, DecisionService service, String where) {
			List<String> ids = texts(node, at, key, where);
			List<String> known = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				String id = ids.get(i);
				String table = ScenarioLoader.this.rules.tableOf(id);
				if (table == null) {
					problem(at + "/" + key + "/" + i, where + "expect." + key + ": unknown rule ID '" + id
							+ "'. The tables have: " + String.join(", ", ScenarioLoader.this.rules.ids()) + ".");
				}
				else if (!table.equals(service.path()) && !table.equals(RuleCatalog.REFERRAL)) {
					problem(at + "/" + key + "/" + i, where + "expect." + key + ": " + id + " is a " + table
							+ " rule and can never fire in a " + service.path() + " scenario.");
				}
				else {
					known.add(id);
				}
			}
			return known;
		}

		private Set<Agency> referrals(JsonNode node, String at, String where) {
			Set<Agency> agencies = new LinkedHashSet<>();
			List<String> codes = texts(node, at, "referrals", where);
			for (int i = 0; i < codes.size(); i++) {
				Agency agency = agency(codes.get(i), at + "/referrals/" + i, where + "expect.referrals");
				if (agency != null) {
					agencies.add(agency);
				}
			}
			return Collections.unmodifiableSet(agencies);
		}

		private Map<Agency, Urgency> urgency(JsonNode node, String at, Set<Agency> referrals, String where) {
			Map<Agency, Urgency> urgency = new EnumMap<>(Agency.class);
			JsonNode value = node.get("urgency");
			if (value == null) {
				return urgency;
			}
			if (!value.isObject()) {
				problem(at + "/urgency", where + "expect.urgency must map agency codes to IMMEDIATE or ROUTINE.");
				return urgency;
			}
			for (Map.Entry<String, JsonNode> field : value.properties()) {
				String pointer = at + "/urgency/" + LocatedYaml.escape(field.getKey());
				Agency agency = agency(field.getKey(), pointer, where + "expect.urgency");
				Urgency level = null;
				String given = field.getValue().asText();
				for (Urgency candidate : Urgency.values()) {
					if (candidate.name().equals(given)) {
						level = candidate;
					}
				}
				if (level == null) {
					problem(pointer,
							where + "expect.urgency: '" + given + "' is not an urgency. Allowed: IMMEDIATE, ROUTINE.");
				}
				if (agency != null && !referrals.contains(agency)) {
					problem(pointer, where + "expect.urgency names " + agency + ", which is not in expect.referrals.");
				}
				if (agency != null && level != null) {
					urgency.put(agency, level);
				}
			}
			return urgency;
		}

		private Agency agency(String code, String pointer, String what) {
			for (Agency agency : Agency.values()) {
				if (agency.name().equals(code)) {
					return agency;
				}
			}
			List<String> allowed = Stream.of(Agency.values()).map(Agency::name).toList();
			problem(pointer,
					what + ": unknown agency code '" + code + "'. Allowed: " + String.join(", ", allowed) + ".");
			return null;
		}

		private List<String> texts(JsonNode node, String at, String key, String where) {
			JsonNode value = node.get(key);
			if (value == null || value.isNull()) {
				return List.of();
			}
			if (!value.isArray()) {
				problem(at + "/" + key, where + "expect." + key + " must be a list, e.g. [A, B].");
				return List.of();
			}
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < value.size(); i++) {
				JsonNode item = value.get(i);
				if (!item.isTextual() || item.textValue().isBlank()) {
					problem(at + "/" + key + "/" + i, where + "expect." + key + " items must be text.");
				}
				else {
					texts.add(item.textValue().strip());
				}
			}
			return texts;
		}

	}

	/**
	 * {@code $.person.nik} or {@code $.documents[2]} as a pointer below the request:
	 * {@code /person/nik}, {@code /documents/2}.
	 */
	static String toPointer(String jsonPath) {
		String path = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
		StringBuilder pointer = new StringBuilder();
		for (String part : path.split("(?=[.\\[])")) {
			if (part.isEmpty()) {
				continue;
			}
			if (part.startsWith(".")) {
				pointer.append('/').append(LocatedYaml.escape(part.substring(1)));
			}
			else if (part.startsWith("[") && part.endsWith("]")) {
				String index = part.substring(1, part.length() - 1);
				pointer.append('/').append(index.matches("\\d+") ? index : "?");
			}
		}
		return pointer.toString();
	}

}
