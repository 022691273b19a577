package id.imigrasi.decisions.engine.internal.properties;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Depth-first search over the dimensions of a {@link Space}, never over their Cartesian
 * product: after each choice the rows are evaluated in three-valued logic, and a branch
 * ends as soon as the property is decided for every completion of the partial case (it
 * holds, or every completion breaks it). A fact no row reads is not a dimension, and a
 * dimension is chosen only while the property is still open. A counterfactual or a
 * monotone property searches two worlds at once that differ in one fact only.
 */
final class Search {

	/** What a partial case says about a property. */
	enum Verdict {

		/** Holds for every completion. */
		HOLDS,
		/** Broken by every completion. */
		VIOLATED,
		/** Not decided yet. */
		OPEN

	}

	/** A world evaluated: its case, and which rows and rules fire. */
	record Evaluated(Object[] world, Tri[] rows, Tri[] rules) {
	}

	/** Judges a partial case (one world, or two for a pair). */
	interface Judge {

		Verdict judge(Evaluated[] worlds);

	}

	private final Space space;

	private final int[] order;

	private final Budget budget;

	private final Judge judge;

	private final Evaluated[] evaluated;

	/**
	 * @param first the dimensions to choose first, group by group: those that decide the
	 * property soonest (the facts of a when, then the facts of the rows that decide the
	 * outcome, most severe first); every other dimension follows
	 */
	Search(Space space, List<BitSet> first, Budget budget, Judge judge, Object[]... worlds) {
		this.space = space;
		this.order = order(space, first);
		this.budget = budget;
		this.judge = judge;
		this.evaluated = new Evaluated[worlds.length];
		for (int w = 0; w < worlds.length; w++) {
			this.evaluated[w] = new Evaluated(worlds[w], new Tri[space.rows().size()], new Tri[space.ruleIds().size()]);
		}
	}

	/** The dimensions that matter first, then every other one. */
	private static int[] order(Space space, List<BitSet> first) {
		Set<Integer> ordered = new LinkedHashSet<>();
		first.forEach((group) -> group.stream().forEach(ordered::add));
		for (Dim dim : space.dims()) {
			ordered.add(dim.index());
		}
		return ordered.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * A complete case (each world) that breaks the property, or null if none does.
	 */
	Object[][] find() {
		return dfs(0);
	}

	private Object[][] dfs(int depth) {
		this.budget.step();
		for (Evaluated e : this.evaluated) {
			if (!this.space.consistent(e.world())) {
				return null;
			}
		}
		Verdict verdict = judge();
		if (verdict == Verdict.HOLDS) {
			this.budget.decided(remaining(depth));
			return null;
		}
		if (verdict == Verdict.VIOLATED) {
			Object[][] complete = complete(depth);
			if (complete != null) {
				this.budget.decided(1);
				return complete;
			}
			return null; // no real case completes it
		}
		int next = nextUnassigned(depth);
		if (next < 0) {
			throw new IllegalStateException("A complete case left the property undecided");
		}
		Dim dim = this.space.dims().get(this.order[next]);
		for (Object value : dim.values()) {
			set(dim.index(), value);
			Object[][] found = dfs(next + 1);
			if (found != null) {
				return found;
			}
		}
		set(dim.index(), Node.UNASSIGNED);
		return null;
	}

	private Verdict judge() {
		for (Evaluated e : this.evaluated) {
			this.space.evaluate(e.world(), e.rows(), e.rules());
		}
		return this.judge.judge(this.evaluated);
	}

	/** The first dimension at or after a depth that is still unassigned, or -1. */
	private int nextUnassigned(int from) {
		for (int i = from; i < this.order.length; i++) {
			if (this.evaluated[0].world()[this.order[i]] == Node.UNASSIGNED) {
				return i;
			}
		}
		return -1;
	}

	private void set(int dim, Object value) {
		for (Evaluated e : this.evaluated) {
			e.world()[dim] = value;
		}
	}

	/** How many combinations the unassigned dimensions stand for. */
	private double remaining(int depth) {
		double product = 1;
		for (int i = depth; i < this.order.length; i++) {
			if (this.evaluated[0].world()[this.order[i]] == Node.UNASSIGNED) {
				product *= this.space.dims().get(this.order[i]).values().size();
			}
		}
		return product;
	}

	/**
	 * A real completion of a case every completion of which breaks the property: the
	 * unassigned dimensions at their baseline values where that is consistent.
	 */
	private Object[][] complete(int depth) {
		int next = nextUnassigned(depth);
		if (next < 0) {
			Object[][] worlds = new Object[this.evaluated.length][];
			for (int w = 0; w < worlds.length; w++) {
				worlds[w] = this.evaluated[w].world().clone();
			}
			return (judge() == Verdict.VIOLATED) ? worlds : null;
		}
		Dim dim = this.space.dims().get(this.order[next]);
		for (Object value : dim.values()) {
			set(dim.index(), value);
			boolean consistent = true;
			for (Evaluated e : this.evaluated) {
				consistent &= this.space.consistent(e.world());
			}
			if (consistent) {
				Object[][] found = complete(next + 1);
				if (found != null) {
					set(dim.index(), Node.UNASSIGNED);
					return found;
				}
			}
		}
		set(dim.index(), Node.UNASSIGNED);
		return null;
	}

	/**
	 * Moves each chosen fact back to the baseline's value while the case still breaks the
	 * property: the counterexample differs from a clean case in as few facts as possible.
	 * @param fixed dimensions that stay as they are (the fact a pair varies)
	 */
	static Object[][] minimise(Space space, Judge judge, Object[][] worlds, int fixed) {
		Object[][] current = new Object[worlds.length][];
		for (int w = 0; w < worlds.length; w++) {
			current[w] = worlds[w].clone();
		}
		Evaluated[] evaluated = new Evaluated[worlds.length];
		List<Dim> dims = new ArrayList<>(space.dims());
		for (Dim dim : dims) {
			if (dim.index() == fixed || java.util.Objects.equals(current[0][dim.index()], dim.baseline())) {
				continue;
			}
			Object[] before = new Object[worlds.length];
			for (int w = 0; w < worlds.length; w++) {
				before[w] = current[w][dim.index()];
				current[w][dim.index()] = dim.baseline();
			}
			boolean still = true;
			for (int w = 0; w < worlds.length; w++) {
				still &= space.consistent(current[w]);
				evaluated[w] = new Evaluated(current[w], new Tri[space.rows().size()], new Tri[space.ruleIds().size()]);
				space.evaluate(current[w], evaluated[w].rows(), evaluated[w].rules());
			}
			if (!still || judge.judge(evaluated) != Verdict.VIOLATED) {
				for (int w = 0; w < worlds.length; w++) {
					current[w][dim.index()] = before[w];
				}
			}
		}
		return current;
	}

}
