package id.imigrasi.decisions.service.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML file read into JSON trees that remember the line of every key and item, so a
 * problem found deep inside a request can name the line a trainer must fix. Read with the
 * streaming parser: a tree read by {@code ObjectMapper} forgets where it came from.
 */
final class LocatedYaml {

	private static final YAMLFactory YAML = new YAMLFactory();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final List<JsonNode> documents;

	private final Map<String, Integer> lines;

	private final List<Duplicate> duplicates;

	/** A key given twice in one mapping: YAML forbids it, and the second would win. */
	record Duplicate(String pointer, int line) {
	}

	private LocatedYaml(List<JsonNode> documents, Map<String, Integer> lines, List<Duplicate> duplicates) {
		this.documents = documents;
		this.lines = lines;
		this.duplicates = duplicates;
	}

	/**
	 * Reads every document of a file.
	 * @throws SyntaxError with the line of the first YAML syntax error
	 */
	static LocatedYaml read(Path file) throws IOException, SyntaxError {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	/**
	 * Reads every document of a YAML text, e.g. a pack uploaded with a ruleset.
	 * @throws SyntaxError with the line of the first YAML syntax error
	 */
	static LocatedYaml read(InputStream in) throws IOException, SyntaxError {
		Map<String, Integer> lines = new HashMap<>();
		List<Duplicate> duplicates = new ArrayList<>();
		List<JsonNode> documents = new ArrayList<>();
		try (JsonParser parser = YAML.createParser(in)) {
			JsonToken token = parser.nextToken();
			while (token != null) {
				// Documents after the first are addressed as /1, /2, ...
				// so lines stay apart.
				String root = documents.isEmpty() ? "" : "#" + documents.size();
				documents.add(readValue(parser, root, lines, duplicates));
				token = parser.nextToken();
			}
		}
		catch (JsonProcessingException ex) {
			throw SyntaxError.of(ex);
		}
		return new LocatedYaml(documents, lines, duplicates);
	}

	private static JsonNode readValue(JsonParser parser, String pointer, Map<String, Integer> lines,
			List<Duplicate> duplicates) throws IOException {
		lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
		JsonToken token = parser.currentToken();
		switch (token) {
			case START_OBJECT: {
				ObjectNode object = NODES.objectNode();
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					String child = pointer + "/" + escape(name);
					int line = parser.currentTokenLocation().getLineNr();
					if (object.has(name)) {
						duplicates.add(new Duplicate(child, line));
					}
					lines.put(child, line);
					parser.nextToken();
					object.set(name, readValue(parser, child, lines, duplicates));
				}
				return object;
			}
			case START_ARRAY: {
				ArrayNode array = NODES.arrayNode();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					array.add(readValue(parser, pointer + "/" + array.size(), lines, duplicates));
				}
				return array;
			}
			case VALUE_STRING:
				return NODES.textNode(parser.getText());
			case VALUE_NUMBER_INT:
			case VALUE_NUMBER_FLOAT:
				return NODES.numberNode(parser.getDecimalValue());
			case VALUE_TRUE:
			case VALUE_FALSE:
				return NODES.booleanNode(parser.getBooleanValue());
			case VALUE_NULL:
				return NODES.nullNode();
			default:
				// Tags and anchors are not part of the scenario format.
				return NODES.textNode(parser.getText());
		}
	}

	static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	List<JsonNode> documents() {
		return this.documents;
	}

	/** The root pointer of a document: "" for the first, "#1", "#2"... after it. */
	static String documentRoot(int index) {
		return (index == 0) ? "" : "#" + index;
	}

	List<Duplicate> duplicates() {
		return this.duplicates;
	}

	/**
	 * The line of a node, or of its nearest ancestor that is in the file (a missing field
	 * is reported where its parent is).
	 */
	int line(String pointer) {
		String at = pointer;
		while (true) {
			Integer line = this.lines.get(at);
			if (line != null) {
				return line;
			}
			int slash = at.lastIndexOf('/');
			if (slash < 0) {
				return this.lines.getOrDefault("", 1);
			}
			at = at.substring(0, slash);
		}
	}

	/** A YAML file that does not parse, with the line the parser stopped at. */
	static final class SyntaxError extends Exception {

		private static final long serialVersionUID = 1L;

		private final int line;

		private SyntaxError(int line, String message) {
			super(message);
			this.line = line;
		}

		int line() {
			return this.line;
		}

		static SyntaxError of(JsonProcessingException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			String message = ex.getOriginalMessage();
			if (ex.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
				// Context and problem only: the snippet of the line may hold a NIK.
				message = ((marked.getContext() != null) ? marked.getContext() + ": " : "") + marked.getProblem();
				if (marked.getProblemMark() != null) {
					line = marked.getProblemMark().getLine() + 1;
				}
			}
			else if (message != null && message.contains("\n")) {
				message = message.substring(0, message.indexOf('\n'));
			}
			return new SyntaxError(line, "YAML syntax error: " + message);
		}

	}

}
