package id.imigrasi.decisions.engine.internal.properties;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.imigrasi.decisions.engine.internal.properties.Search.Evaluated;
import id.imigrasi.decisions.engine.internal.properties.Search.Judge;
import id.imigrasi.decisions.engine.internal.properties.Search.Verdict;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;

/**
 * What each kind of property asks of a partial case, in three-valued logic: a property is
 * decided at a branch as soon as it is decided for every completion.
 */
final class Judges {

	private Judges() {
	}

	/** When the facts (and referrals) are so, then the decision must be so. */
	static Judge implication(Space space, Node when, PropertySpec.Clause clause) {
		return (worlds) -> {
			Evaluated e = worlds[0];
			Tri w = (when != null) ? when.truth(e.world(), e.rules()) : Tri.TRUE;
			for (PropertySpec.ReferralRequirement requirement : clause.whenReferrals()) {
				w = w.and(referral(space, e, requirement));
			}
			if (w == Tri.FALSE) {
				return Verdict.HOLDS;
			}
			Tri t = then(space, e, clause.then());
			if (t == Tri.TRUE) {
				return Verdict.HOLDS;
			}
			return (w == Tri.TRUE && t == Tri.FALSE) ? Verdict.VIOLATED : Verdict.OPEN;
		};
	}

	static Tri then(Space space, Evaluated e, PropertySpec.Then then) {
		Tri t = Tri.TRUE;
		if (then.recommendation() != null) {
			t = t.and(recommendationIn(space, e, then.recommendation()));
		}
		if (then.recommendationNotIn() != null) {
			t = t.and(recommendationIn(space, e, then.recommendationNotIn()).not());
		}
		for (PropertySpec.ReferralRequirement requirement : then.referrals()) {
			t = t.and(referral(space, e, requirement));
		}
		for (String ruleId : then.findings()) {
			t = t.and(rule(space, e, ruleId));
		}
		for (String ruleId : then.notFindings()) {
			t = t.and(rule(space, e, ruleId).not());
		}
		return t;
	}

	/**
	 * Whether the recommendation is one of a set: the outcomes it may still take are
	 * those of rows that surely or possibly fire, no milder than the most severe that
	 * surely fires.
	 */
	static Tri recommendationIn(Space space, Evaluated e, Set<Outcome> outcomes) {
		int least = 0;
		boolean anySure = false;
		for (int i = 0; i < e.rows().length; i++) {
			TableModel.Row row = space.rows().get(i).row();
			if (!row.referral() && e.rows()[i] == Tri.TRUE) {
				least = Math.max(least, row.outcome().severity());
				anySure = true;
			}
		}
		Set<Outcome> possible = EnumSet.noneOf(Outcome.class);
		if (!anySure) {
			possible.add(Outcome.noFindingFor(space.service()));
		}
		for (int i = 0; i < e.rows().length; i++) {
			TableModel.Row row = space.rows().get(i).row();
			if (!row.referral() && e.rows()[i] != Tri.FALSE && row.outcome().severity() >= least) {
				possible.add(row.outcome());
			}
		}
		boolean all = outcomes.containsAll(possible);
		boolean none = possible.stream().noneMatch(outcomes::contains);
		return all ? Tri.TRUE : none ? Tri.FALSE : Tri.UNKNOWN;
	}

	/** Whether the decision refers to the agency, at least this urgently. */
	static Tri referral(Space space, Evaluated e, PropertySpec.ReferralRequirement requirement) {
		Tri any = Tri.FALSE;
		for (int i = 0; i < e.rows().length; i++) {
			TableModel.Row row = space.rows().get(i).row();
			if (row.referral() && (requirement.agency() == null || requirement.agency() == row.agency())
					&& (requirement.urgency() != Urgency.IMMEDIATE || row.urgency() == Urgency.IMMEDIATE)) {
				any = any.or(e.rows()[i]);
			}
		}
		return any;
	}

	static Tri rule(Space space, Evaluated e, String ruleId) {
		Integer rule = space.rule(ruleId);
		return (rule != null) ? e.rules()[rule] : Tri.FALSE;
	}

	/**
	 * Two worlds differing in one fact: the rules that may depend on it must fire alike.
	 * @param rules the restrictive rules whose firing may depend on the varied fact
	 * @param when the case the variation is about, or null
	 */
	static Judge counterfactual(BitSet rules, Node when) {
		return (worlds) -> {
			Evaluated a = worlds[0];
			Evaluated b = worlds[1];
			Tri w = (when != null) ? when.truth(a.world(), a.rules()).and(when.truth(b.world(), b.rules())) : Tri.TRUE;
			if (w == Tri.FALSE) {
				return Verdict.HOLDS;
			}
			boolean open = false;
			for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
				Tri x = a.rules()[r];
				Tri y = b.rules()[r];
				if (x.known() && y.known()) {
					if (x != y) {
						if (w == Tri.TRUE) {
							return Verdict.VIOLATED;
						}
						open = true;
					}
				}
				else {
					open = true;
				}
			}
			return open ? Verdict.OPEN : Verdict.HOLDS;
		};
	}

	/**
	 * World 0 without the indicator, world 1 with it: the second recommendation is never
	 * milder. A row that does not depend on the indicator fires in both or neither.
	 * @param dependent the rows whose firing may depend on the indicator
	 */
	static Judge monotone(Space space, BitSet dependent) {
		return (worlds) -> {
			Evaluated without = worlds[0];
			Evaluated with = worlds[1];
			int sureWith = 0;
			int mayWith = 0;
			for (int i = 0; i < with.rows().length; i++) {
				TableModel.Row row = space.rows().get(i).row();
				if (!row.referral() && with.rows()[i] != Tri.FALSE) {
					mayWith = Math.max(mayWith, row.outcome().severity());
					if (with.rows()[i] == Tri.TRUE) {
						sureWith = Math.max(sureWith, row.outcome().severity());
					}
				}
			}
			boolean holds = true;
			for (int i = 0; i < without.rows().length; i++) {
				TableModel.Row row = space.rows().get(i).row();
				if (row.referral() || !dependent.get(i) || without.rows()[i] == Tri.FALSE) {
					continue;
				}
				int severity = row.outcome().severity();
				if (without.rows()[i] == Tri.TRUE && severity > mayWith) {
					return Verdict.VIOLATED;
				}
				if (severity > sureWith) {
					holds = false;
				}
			}
			return holds ? Verdict.HOLDS : Verdict.OPEN;
		};
	}

	/** Finds a case in which a row fires ("violated" meaning found). */
	static Judge fires(int row) {
		return (worlds) -> switch (worlds[0].rows()[row]) {
			case TRUE -> Verdict.VIOLATED;
			case FALSE -> Verdict.HOLDS;
			case UNKNOWN -> Verdict.OPEN;
		};
	}

	/**
	 * Rules whose rows are restrictive: an outcome that restricts, or an enforcement
	 * referral.
	 */
	static BitSet restrictiveRules(Space space, Set<id.imigrasi.decisions.model.Agency> enforcement) {
		BitSet rules = new BitSet();
		List<Space.ModelRow> rows = space.rows();
		for (Space.ModelRow row : rows) {
			TableModel.Row r = row.row();
			if ((!r.referral() && r.outcome().restrictive()) || (r.referral() && enforcement.contains(r.agency()))) {
				rules.set(row.rule());
			}
		}
		return rules;
	}

}
