package id.imigrasi.decisions.service.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The criteria counts as Prometheus counters, by rule ID, counted once stored:
 * {@code decisions_rule_hits_total{rule_id, decisive}} and
 * {@code decisions_rule_outcomes_total{rule_id, action, reason}}. Labels are bounded:
 * rule IDs come from the tables, the rest from enums. Counters start at zero with the
 * process; {@code GET /api/v1/criteria} answers from the log over any period.
 */
@Component
class RuleCounters {

	private final MeterRegistry registry;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	RuleCounters(MeterRegistry registry) {
		this.registry = registry;
	}

	void decided(List<RuleHit> hits) {
		for (RuleHit hit : hits) {
			String decisive = Boolean.toString(hit.decisive());
			this.counters
				.computeIfAbsent("hit|" + hit.ruleId() + "|" + decisive, (key) -> Counter.builder("decisions.rule.hits")
					.description("Decisions in which a rule fired, by rule ID and whether it set the recommendation")
					.tag("rule_id", hit.ruleId())
					.tag("decisive", decisive)
					.register(this.registry))
				.increment();
		}
	}

	void outcome(List<RuleHit> hits, OfficerOutcome outcome) {
		String action = outcome.action().name();
		String reason = (outcome.reasonCode() != null) ? outcome.reasonCode().name() : "NONE";
		for (RuleHit hit : hits) {
			this.counters
				.computeIfAbsent("outcome|" + hit.ruleId() + "|" + action + "|" + reason, (key) -> Counter
					.builder("decisions.rule.outcomes")
					.description("Officers' outcomes of decisions in which a rule fired, by rule ID, action and "
							+ "reason for an override")
					.tag("rule_id", hit.ruleId())
					.tag("action", action)
					.tag("reason", reason)
					.register(this.registry))
				.increment();
		}
	}

}
