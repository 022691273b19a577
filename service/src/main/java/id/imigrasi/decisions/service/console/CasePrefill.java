package id.imigrasi.decisions.service.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.ruleset.ShippedScenarios;
import id.imigrasi.decisions.service.scenario.ScenarioResult;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;

/**
 * What the case form can be filled in from: the example request of each service (the
 * README's, in {@code examples/}) and the request of every scenario in the packs shipped
 * in the jar, read by the runner's strict reader. The packs are read once per active
 * ruleset version (the reader checks their rule IDs against it).
 */
@Component
class CasePrefill {

	static final String EXAMPLE = "example";

	static final String SCENARIO = "scenario:";

	/**
	 * One thing to fill the form from.
	 *
	 * @param key {@code example} or {@code scenario:ID}
	 * @param label what the list shows
	 * @param folder the pack's topic folder; null for the example
	 */
	record Option(String key, String label, String folder, JsonNode request) {
	}

	private record Cached(String version, List<ScenarioResult> scenarios) {
	}

	private final ActiveRuleset active;

	private final ObjectMapper json;

	private final AtomicReference<Cached> cache = new AtomicReference<>();

	CasePrefill(ActiveRuleset active, ObjectMapper json) {
		this.active = active;
		this.json = json;
	}

	/** The example first, then every scenario of the service, by folder and ID. */
	List<Option> options(DecisionService service) {
		List<Option> options = new ArrayList<>();
		options.add(new Option(EXAMPLE, null, null, example(service)));
		for (ScenarioResult result : scenarios()) {
			if (result.scenario().service() == service) {
				options.add(new Option(SCENARIO + result.scenario().id(), result.scenario().displayName(),
						result.scenario().folder(), this.json.valueToTree(result.scenario().request().request())));
			}
		}
		return options;
	}

	Optional<Option> find(DecisionService service, String key) {
		return options(service).stream().filter((option) -> option.key().equals(key)).findFirst();
	}

	JsonNode example(DecisionService service) {
		try (InputStream in = new ClassPathResource("examples/" + service.path() + ".json").getInputStream()) {
			return this.json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The example request of " + service.path() + " is missing", ex);
		}
	}

	private List<ScenarioResult> scenarios() {
		DecisionEngine engine = this.active.engine();
		String version = engine.ruleset().info().version();
		Cached cached = this.cache.get();
		if (cached == null || !cached.version().equals(version)) {
			Map<String, byte[]> packs = ShippedScenarios.read();
			cached = new Cached(version, new ScenarioRunner(engine).runAll("shipped", packs).results());
			this.cache.set(cached);
		}
		return cached.scenarios();
	}

}
