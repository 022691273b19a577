package id.imigrasi.decisions.engine.internal.properties;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import id.imigrasi.decisions.engine.internal.validation.Expr;

/** The constants each fact is compared with, as {@link Expr} conditions name them. */
final class Literals {

	private Literals() {
	}

	static Map<String, Set<Object>> of(Collection<Expr> expressions) {
		Map<String, Set<Object>> named = new HashMap<>();
		expressions.forEach((e) -> collect(e, named));
		return named;
	}

	private static void collect(Expr expr, Map<String, Set<Object>> named) {
		if (expr instanceof Expr.Compare compare) {
			note(compare.left(), compare.right(), named);
			note(compare.right(), compare.left(), named);
			collect(compare.left(), named);
			collect(compare.right(), named);
		}
		else if (expr instanceof Expr.Junction junction) {
			junction.parts().forEach((p) -> collect(p, named));
		}
	}

	private static void note(Expr property, Expr literal, Map<String, Set<Object>> named) {
		if (property instanceof Expr.Property p && literal instanceof Expr.Literal l && l.value() != null) {
			named.computeIfAbsent(p.name(), (k) -> new LinkedHashSet<>()).add(l.value());
		}
	}

}
