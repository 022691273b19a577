package id.imigrasi.decisions.service.console;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Referral;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * A case tried in the console as a scenario pack of one (SPEC 7), for a trainer to keep:
 * the story they wrote, the request as sent, and as expectations what the engine decided
 * (every rule that fired, exactly the agencies referred to, each with its urgency). Run
 * on the same ruleset it passes; run after a change it shows what changed.
 */
final class ScenarioYaml {

	private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
		.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
		.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
		// A NIK or a number-like ID stays text when read back.
		.enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
		.enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
		.build());

	private ScenarioYaml() {
	}

	static String write(String id, String title, String story, DecisionService service, JsonNode request,
			Decision decision) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode scenario = nodes.objectNode();
		scenario.put("id", id);
		scenario.put("title", title);
		scenario.put("story", story);
		scenario.put("service", service.path());
		scenario.set("request", request);
		ObjectNode expect = scenario.putObject("expect");
		expect.put("recommendation", decision.recommendation().name());
		Set<String> fired = new LinkedHashSet<>();
		decision.findings().stream().map(Finding::ruleId).forEach(fired::add);
		ArrayNode findings = expect.putArray("findings");
		fired.forEach(findings::add);
		ArrayNode referrals = expect.putArray("referrals");
		decision.referrals().forEach((referral) -> referrals.add(referral.agency().name()));
		if (!decision.referrals().isEmpty()) {
			ObjectNode urgency = expect.putObject("urgency");
			for (Referral referral : decision.referrals()) {
				urgency.put(referral.agency().name(), referral.urgency().name());
			}
		}
		try {
			return YAML.writeValueAsString(scenario);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A scenario could not be written as YAML", ex);
		}
	}

	/** A file name for the scenario: its ID in plain characters. */
	static String fileName(String id) {
		String plain = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
		return (plain.isEmpty() ? "skenario" : plain) + ".yaml";
	}

}
