package id.imigrasi.decisions.bench;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import id.imigrasi.decisions.model.Outcome;

/**
 * What a DMN peer answers: the departure rule IDs its COLLECT table matched and the
 * recommendation, the most severe collected outcome (SPEC 2.2), else ALLOW. Both peers
 * use this same Java max over their outputs, so the precedence is identical by
 * construction.
 */
public record PeerResult(Outcome recommendation, Set<String> ruleIds) {

	static PeerResult of(Collection<String> ruleIds, Collection<String> outcomes) {
		Outcome recommendation = Outcome.ALLOW;
		for (String name : outcomes) {
			Outcome outcome = Outcome.valueOf(name);
			if (outcome.severity() > recommendation.severity()) {
				recommendation = outcome;
			}
		}
		return new PeerResult(recommendation, new TreeSet<>(ruleIds));
	}

}
