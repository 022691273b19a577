package id.imigrasi.decisions.engine.internal.properties;

import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.internal.validation.ConditionParser;
import id.imigrasi.decisions.engine.internal.validation.Expr;

/**
 * A condition of the analysis' {@link Expr} model compiled against the dimensions of one
 * {@link Space}, evaluated in three-valued logic over a partial case: an unassigned
 * dimension makes what reads it {@link #UNKNOWN}. Whether a row fired before (a
 * {@code RowMatch} condition) is read from the rule values computed so far.
 */
sealed interface Node {

	/** The value of a case's dimension that is not chosen yet. */
	Object UNASSIGNED = new Object() {
		@Override
		public String toString() {
			return "?";
		}
	};

	/** The value of an expression that depends on an unassigned dimension. */
	Object UNKNOWN = new Object() {
		@Override
		public String toString() {
			return "unknown";
		}
	};

	/** The value, {@code Boolean} for a condition, or {@link #UNKNOWN}. */
	Object eval(Object[] world, Tri[] rules);

	/** The truth of a condition. */
	default Tri truth(Object[] world, Tri[] rules) {
		Object value = eval(world, rules);
		if (value == UNKNOWN) {
			return Tri.UNKNOWN;
		}
		return Tri.of(Boolean.TRUE.equals(value));
	}

	record Const(Object value) implements Node {

		@Override
		public Object eval(Object[] world, Tri[] rules) {
			return this.value;
		}

	}

	record DimRef(int dim) implements Node {

		@Override
		public Object eval(Object[] world, Tri[] rules) {
			Object value = world[this.dim];
			return (value == UNASSIGNED) ? UNKNOWN : value;
		}

	}

	record Member(int dim, boolean negated) implements Node {

		@Override
		public Object eval(Object[] world, Tri[] rules) {
			Object value = world[this.dim];
			if (value == UNASSIGNED) {
				return UNKNOWN;
			}
			return Boolean.TRUE.equals(value) != this.negated;
		}

	}

	/** A rule that fired earlier in the same evaluation; -1 for a rule not in force. */
	record Fired(int rule) implements Node {

		@Override
		public Object eval(Object[] world, Tri[] rules) {
			if (this.rule < 0) {
				return Boolean.FALSE;
			}
			Tri value = rules[this.rule];
			return (value == Tri.UNKNOWN) ? UNKNOWN : (value == Tri.TRUE);
		}

	}

	record Compare(Node left, String op, Node right) implements Node {

		@Override
		public Object eval(Object[] world, Tri[] rules) {
			Object l = this.left.eval(world, rules);
			if (l == UNKNOWN) {
				return UNKNOWN;
			}
			Object r = this.right.eval(world, rules);
			if (r == UNKNOWN) {
				return UNKNOWN;
			}
			// as the validator evaluates a complete case
			return Expr.Compare.apply(this.op, l, r);
		}

	}

	record Junction(boolean and, Node[] parts) implements Node {

		@Override
		public Object eval(Object[] world, Tri[] rules) {
			boolean unknown = false;
			for (Node part : this.parts) {
				Object value = part.eval(world, rules);
				if (value == UNKNOWN) {
					unknown = true;
				}
				else if (Boolean.TRUE.equals(value) != this.and) {
					return !this.and;
				}
			}
			return unknown ? UNKNOWN : this.and;
		}

	}

	/**
	 * Compiles an expression: properties and memberships become dimensions, {@code
	 * firedRules} memberships become references to rules.
	 */
	static Node compile(Expr expr, Map<String, Integer> dims, Map<String, Integer> rules) {
		if (expr instanceof Expr.Literal literal) {
			return new Const(literal.value());
		}
		if (expr instanceof Expr.Property property) {
			return new DimRef(index(dims, property.name()));
		}
		if (expr instanceof Expr.Contains contains) {
			if (contains.collection().equals(ConditionParser.FIRED_RULES)) {
				Node fired = new Fired(rules.getOrDefault(String.valueOf(contains.element()), -1));
				return contains.negated()
						? new Junction(true, new Node[] { new Compare(fired, "==", new Const(false)) }) : fired;
			}
			return new Member(index(dims, contains.collection() + ":" + contains.element()), contains.negated());
		}
		if (expr instanceof Expr.Compare compare) {
			return new Compare(compile(compare.left(), dims, rules), compare.op(),
					compile(compare.right(), dims, rules));
		}
		Expr.Junction junction = (Expr.Junction) expr;
		List<Expr> parts = junction.parts();
		Node[] nodes = new Node[parts.size()];
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = compile(parts.get(i), dims, rules);
		}
		return new Junction(junction.and(), nodes);
	}

	private static int index(Map<String, Integer> dims, String name) {
		Integer index = dims.get(name);
		if (index == null) {
			throw new IllegalStateException("No dimension " + name);
		}
		return index;
	}

}
