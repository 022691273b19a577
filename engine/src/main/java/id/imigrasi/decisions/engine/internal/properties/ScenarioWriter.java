package id.imigrasi.decisions.engine.internal.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Writes counterexamples as a scenario pack (SPEC 7, test-scenarios/README.md) that the
 * trainers' runner and the upload gate run as they are: id, title and story in Bahasa
 * Indonesia, the request body, and {@code expect} set to what the property requires, so
 * the scenario fails until the tables are fixed.
 */
final class ScenarioWriter {

	private static final ObjectMapper YAML = new ObjectMapper(
			new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

	/** One scenario of a pack. */
	record Scenario(String id, String title, String story, String service, ObjectNode request,
			Map<String, Object> expect) {

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("id", this.id);
			map.put("title", this.title);
			map.put("story", this.story);
			map.put("service", this.service);
			map.put("request", this.request);
			map.put("expect", this.expect);
			return map;
		}

	}

	private ScenarioWriter() {
	}

	/** A pack of one scenario, or a list of two for a pair, under comment lines. */
	static String write(List<String> comments, List<Scenario> scenarios) {
		StringBuilder text = new StringBuilder();
		for (String comment : comments) {
			for (String line : comment.split("\n")) {
				text.append("# ").append(line).append('\n');
			}
		}
		try {
			Object body = (scenarios.size() == 1) ? scenarios.get(0).asMap()
					: new ArrayList<>(scenarios.stream().map(Scenario::asMap).toList());
			text.append(YAML.writeValueAsString(body));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

}
