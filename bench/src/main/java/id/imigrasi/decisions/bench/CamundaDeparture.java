package id.imigrasi.decisions.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * Peer 1: Camunda's DMN engine (7.24) on {@code departure.dmn}, either as a user gets it
 * (the Scala FEEL engine) or with its legacy expression setting (JUEL for expressions,
 * the old Java FEEL for input entries).
 */
public final class CamundaDeparture {

	private final DmnEngine engine;

	private final DmnDecision decision;

	private final CountryLists lists;

	public CamundaDeparture(boolean feelLegacyBehavior, CountryLists lists) {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.enableFeelLegacyBehavior(feelLegacyBehavior);
		this.engine = configuration.buildEngine();
		try (InputStream dmn = CamundaDeparture.class.getResourceAsStream("/departure.dmn")) {
			this.decision = this.engine.parseDecision("departure", dmn);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.lists = lists;
	}

	public PeerResult evaluate(id.imigrasi.decisions.model.request.Departure departure) {
		Map<String, Object> inputs = DmnInputs.of(departure, this.lists);
		DmnDecisionTableResult result = this.engine.evaluateDecisionTable(this.decision, inputs);
		List<String> ruleIds = new ArrayList<>(result.size());
		List<String> outcomes = new ArrayList<>(result.size());
		for (DmnDecisionRuleResult row : result) {
			ruleIds.add((String) row.get("ruleId"));
			outcomes.add((String) row.get("outcome"));
		}
		return PeerResult.of(ruleIds, outcomes);
	}

}
