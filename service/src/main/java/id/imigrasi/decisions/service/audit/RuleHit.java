package id.imigrasi.decisions.service.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;

/**
 * One rule that fired in a decision, once per rule ID however many of its rows matched,
 * decisive if any of them set the recommendation: what the criteria counts add up.
 *
 * @param table {@code passport-application}, {@code departure} or {@code referral}
 */
record RuleHit(String ruleId, String table, boolean decisive) {

	/** Counts every decision, with or without a finding. */
	static final String EVERY_DECISION = "*";

	/** The rules of a decision as the engine made it. */
	static List<RuleHit> of(Decision decision) {
		Map<String, RuleHit> hits = new LinkedHashMap<>();
		for (Finding finding : decision.findings()) {
			add(hits, new RuleHit(finding.ruleId(), finding.table(), finding.decisive()));
		}
		return new ArrayList<>(hits.values());
	}

	/** The rules of a decision as the log stored its answer. */
	static List<RuleHit> of(JsonNode answer) {
		Map<String, RuleHit> hits = new LinkedHashMap<>();
		for (JsonNode finding : answer.path("findings")) {
			add(hits, new RuleHit(finding.path("ruleId").asText(), finding.path("table").asText(),
					finding.path("decisive").asBoolean(false)));
		}
		return new ArrayList<>(hits.values());
	}

	private static void add(Map<String, RuleHit> hits, RuleHit hit) {
		hits.merge(hit.ruleId(), hit, (a, b) -> new RuleHit(a.ruleId(), a.table(), a.decisive() || b.decisive()));
	}

}
