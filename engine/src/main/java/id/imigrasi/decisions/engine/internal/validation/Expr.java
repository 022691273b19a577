package id.imigrasi.decisions.engine.internal.validation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A condition as Drools will evaluate it, after the cell value is put into the column's
 * template: the small constraint language our templates use (comparisons, {@code
 * contains}, {@code &&}, {@code ||}, parentheses) over named fact properties. Evaluated
 * over a {@link CaseSpace.Case}, a choice of values for the properties. The property
 * checker ({@code engine.internal.properties}) evaluates the same model in three-valued
 * logic over partial cases.
 */
public sealed interface Expr {

	/** Whether the condition holds for the case; unknown properties read as null. */
	Object eval(CaseSpace.Case c);

	/** The dimensions (properties, or memberships of a collection) it reads. */
	void dimensions(Set<String> into);

	/** A literal: {@code true}, {@code 18}, {@code "KH"} or an enum constant's name. */
	record Literal(Object value) implements Expr {

		@Override
		public Object eval(CaseSpace.Case c) {
			return this.value;
		}

		@Override
		public void dimensions(Set<String> into) {
		}

	}

	/** A property of the fact, e.g. {@code statedPurpose}. */
	record Property(String name) implements Expr {

		@Override
		public Object eval(CaseSpace.Case c) {
			return c.get(this.name);
		}

		@Override
		public void dimensions(Set<String> into) {
			into.add(this.name);
		}

	}

	/**
	 * {@code documents contains DocumentType.KTP}: modelled as a yes/no dimension per
	 * element ({@code documents:KTP}), since cells only ever name single elements.
	 */
	record Contains(String collection, Object element, boolean negated) implements Expr {

		String dimension() {
			return CaseSpace.membership(this.collection, String.valueOf(this.element));
		}

		@Override
		public Object eval(CaseSpace.Case c) {
			boolean member = Boolean.TRUE.equals(c.get(dimension()));
			return member != this.negated;
		}

		@Override
		public void dimensions(Set<String> into) {
			into.add(dimension());
		}

	}

	/** {@code left op right} with {@code ==, !=, <, <=, >, >=}. */
	record Compare(Expr left, String op, Expr right) implements Expr {

		@Override
		public Object eval(CaseSpace.Case c) {
			return apply(this.op, this.left.eval(c), this.right.eval(c));
		}

		/**
		 * What {@code l op r} is on known values, as Drools compares them here: equality
		 * on anything, order on whole numbers only (anything else is false). The property
		 * checker evaluates with the same semantics.
		 */
		public static Boolean apply(String op, Object l, Object r) {
			return switch (op) {
				case "==" -> Objects.equals(l, r);
				case "!=" -> !Objects.equals(l, r);
				default -> (l instanceof Integer a && r instanceof Integer b) ? order(op, a, b) : Boolean.FALSE;
			};
		}

		private static boolean order(String op, int a, int b) {
			return switch (op) {
				case "<" -> a < b;
				case "<=" -> a <= b;
				case ">" -> a > b;
				default -> a >= b;
			};
		}

		@Override
		public void dimensions(Set<String> into) {
			this.left.dimensions(into);
			this.right.dimensions(into);
		}

	}

	/** {@code a && b && ...} or {@code a || b || ...}. */
	record Junction(boolean and, List<Expr> parts) implements Expr {

		@Override
		public Object eval(CaseSpace.Case c) {
			for (Expr part : this.parts) {
				boolean value = Boolean.TRUE.equals(part.eval(c));
				if (value != this.and) {
					return !this.and;
				}
			}
			return this.and;
		}

		@Override
		public void dimensions(Set<String> into) {
			this.parts.forEach((p) -> p.dimensions(into));
		}

	}

	static boolean holds(Expr expr, CaseSpace.Case c) {
		return Boolean.TRUE.equals(expr.eval(c));
	}

}
