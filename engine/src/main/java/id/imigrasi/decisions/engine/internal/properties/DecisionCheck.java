package id.imigrasi.decisions.engine.internal.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.model.request.CaseRequest;

/**
 * A property judged on the engine's own decisions for the counterexample's requests,
 * independently of the model: the facts from the request, the recommendation, findings
 * and referrals from the decision. A counterexample is reported only if this agrees that
 * the property is broken.
 */
final class DecisionCheck {

	private DecisionCheck() {
	}

	static boolean violates(Unit unit, Space space, List<CaseRequest> requests, List<Decision> decisions,
			TableModel model) {
		if (unit.clause() != null) {
			PropertySpec.Clause clause = unit.clause();
			Decision decision = decisions.get(0);
			boolean when = holds(space, clause.when(), requests.get(0), model);
			for (PropertySpec.ReferralRequirement requirement : clause.whenReferrals()) {
				when &= Concretizer.refers(decision, requirement);
			}
			return when && !then(clause.then(), decision);
		}
		Decision a = decisions.get(0);
		Decision b = decisions.get(1);
		if (unit.variation() != null) {
			PropertySpec.Variation variation = unit.variation();
			if (!holds(space, variation.when(), requests.get(0), model)
					|| !holds(space, variation.when(), requests.get(1), model)) {
				return false;
			}
			Set<id.imigrasi.decisions.model.Agency> enforcement = unit.spec().enforcement();
			return a.recommendation().restrictive() != b.recommendation().restrictive()
					|| !Concretizer.restrictiveIds(a, enforcement).equals(Concretizer.restrictiveIds(b, enforcement));
		}
		return b.recommendation().severity() < a.recommendation().severity();
	}

	/** Whether a request's facts satisfy a property's condition. */
	private static boolean holds(Space space, id.imigrasi.decisions.engine.internal.validation.Expr condition,
			CaseRequest request, TableModel model) {
		if (condition == null) {
			return true;
		}
		Object[] world = space.worldOf(request, model.lists());
		Tri[] rules = new Tri[space.ruleIds().size()];
		Arrays.fill(rules, Tri.FALSE);
		return space.compile(condition).truth(world, rules) == Tri.TRUE;
	}

	static boolean then(PropertySpec.Then then, Decision decision) {
		if (then.recommendation() != null && !then.recommendation().contains(decision.recommendation())) {
			return false;
		}
		if (then.recommendationNotIn() != null && then.recommendationNotIn().contains(decision.recommendation())) {
			return false;
		}
		for (PropertySpec.ReferralRequirement requirement : then.referrals()) {
			if (!Concretizer.refers(decision, requirement)) {
				return false;
			}
		}
		Set<String> fired = new TreeSet<>();
		decision.findings().stream().map(Finding::ruleId).forEach(fired::add);
		return fired.containsAll(then.findings()) && then.notFindings().stream().noneMatch(fired::contains);
	}

}
