package id.imigrasi.decisions.service.audit;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

/**
 * Evaluates a logged decision's stored facts again, on the exact ruleset version and hash
 * it was made under, and compares what matters to the person: the recommendation, the
 * findings and the referrals. The decision ID differs by nature and is not compared.
 */
@Component
public class Replay {

	private final ActiveRuleset active;

	private final StoredFacts facts;

	private final ObjectMapper json;

	Replay(ActiveRuleset active, StoredFacts facts, ObjectMapper json) {
		this.active = active;
		this.facts = facts;
		this.json = json;
	}

	public ReplayResult of(LoggedDecision logged) {
		RulesetInfo.Reference reference = new RulesetInfo.Reference(logged.rulesetVersion(), logged.rulesetSha256());
		DecisionEngine engine = this.active.engineFor(reference)
			.orElseThrow(() -> new ReplayUnavailableException("Ruleset version " + logged.rulesetVersion() + " (sha256 "
					+ logged.rulesetSha256() + ") is not available on this service"));
		ReadResult request = this.facts.request(DecisionService.fromPath(logged.service()), logged.facts());
		if (!request.valid()) {
			// Paths only: the problems of the strict reader never quote personal data.
			throw new ReplayUnavailableException("The stored facts no longer read as a request: "
					+ request.problems().stream().map((p) -> p.path()).toList());
		}
		Decision replayed = request.evaluate(engine);
		JsonNode original = read(logged.decision());
		JsonNode again = this.json.valueToTree(DecisionAnswer.of(replayed));
		List<ReplayResult.Difference> differences = new ArrayList<>();
		compare("recommendation", original.path("recommendation"), again.path("recommendation"), differences);
		compare("findings", project(original.path("findings"), "ruleId", "source", "outcome"),
				project(again.path("findings"), "ruleId", "source", "outcome"), differences);
		compare("referrals", project(original.path("referrals"), "agency", "urgency", "ruleIds"),
				project(again.path("referrals"), "agency", "urgency", "ruleIds"), differences);
		return new ReplayResult(differences.isEmpty(), differences, original, again, null);
	}

	private static void compare(String aspect, JsonNode original, JsonNode replayed,
			List<ReplayResult.Difference> differences) {
		if (!original.equals(replayed)) {
			differences.add(new ReplayResult.Difference(aspect, original, replayed));
		}
	}

	/** Each element reduced to the given fields, in the order answered. */
	private ArrayNode project(JsonNode elements, String... fields) {
		ArrayNode projected = this.json.createArrayNode();
		for (JsonNode element : elements) {
			ObjectNode kept = projected.addObject();
			for (String field : fields) {
				if (element.has(field)) {
					kept.set(field, element.get(field).deepCopy());
				}
			}
		}
		return projected;
	}

	private JsonNode read(String decision) {
		try {
			return this.json.readTree(decision);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A logged decision is not JSON", ex);
		}
	}

}
