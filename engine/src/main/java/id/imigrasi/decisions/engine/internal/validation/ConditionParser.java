package id.imigrasi.decisions.engine.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;

/**
 * Parses the constraint a condition cell becomes into an {@link Expr}. Understands only
 * what our column templates use; anything else is refused with
 * {@link IllegalArgumentException}, and the analysis then says it cannot analyse the
 * column rather than guess.
 */
public final class ConditionParser {

	/** The dimension standing for "rows that fired before" (RowMatch facts). */
	public static final String FIRED_RULES = "firedRules";

	private static final Pattern TOKEN = Pattern
		.compile("\\s*(\"[^\"]*\"|==|!=|<=|>=|<|>|&&|\\|\\||\\(|\\)|-?\\d+|[A-Za-z_][\\w.]*)");

	private final List<String> tokens;

	private final Map<String, FactCatalog.Property> properties;

	private final boolean rowMatch;

	private int position;

	private ConditionParser(List<String> tokens, Map<String, FactCatalog.Property> properties, boolean rowMatch) {
		this.tokens = tokens;
		this.properties = properties;
		this.rowMatch = rowMatch;
	}

	/**
	 * @param constraint e.g. {@code statedPurpose == Purpose.WORK || statedPurpose ==
	 * Purpose.HAJJ}
	 * @param properties what the pattern's fact type offers (empty for RowMatch)
	 * @param rowMatch whether the pattern is {@code RowMatch}: {@code ruleId == "X"} then
	 * means "row X fired"
	 */
	public static Expr parse(String constraint, Map<String, FactCatalog.Property> properties, boolean rowMatch) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(constraint);
		int end = 0;
		while (m.find() && m.start() == end) {
			tokens.add(m.group(1));
			end = m.end();
		}
		if (!constraint.substring(end).isBlank()) {
			throw new IllegalArgumentException("unexpected text: " + constraint.substring(end).strip());
		}
		ConditionParser parser = new ConditionParser(tokens, properties, rowMatch);
		Expr expr = parser.or();
		if (parser.position != tokens.size()) {
			throw new IllegalArgumentException("unexpected " + tokens.get(parser.position));
		}
		return expr;
	}

	private Expr or() {
		List<Expr> parts = new ArrayList<>(List.of(and()));
		while (accept("||")) {
			parts.add(and());
		}
		return (parts.size() == 1) ? parts.get(0) : new Expr.Junction(false, parts);
	}

	private Expr and() {
		List<Expr> parts = new ArrayList<>(List.of(comparison()));
		while (accept("&&")) {
			parts.add(comparison());
		}
		return (parts.size() == 1) ? parts.get(0) : new Expr.Junction(true, parts);
	}

	private Expr comparison() {
		Expr left = primary();
		String next = peek();
		if (next == null) {
			return left;
		}
		if (next.equals("contains") || next.equals("not")) {
			boolean negated = accept("not");
			expect("contains");
			Expr element = primary();
			if (!(left instanceof Expr.Property p) || !(element instanceof Expr.Literal l)) {
				throw new IllegalArgumentException("contains needs a property and a value");
			}
			return new Expr.Contains(p.name(), l.value(), negated);
		}
		if (List.of("==", "!=", "<", "<=", ">", ">=").contains(next)) {
			this.position++;
			Expr right = primary();
			if (this.rowMatch && left instanceof Expr.Property p && p.name().equals("ruleId")
					&& right instanceof Expr.Literal l && next.equals("==")) {
				return new Expr.Contains(FIRED_RULES, l.value(), false);
			}
			return new Expr.Compare(left, next, right);
		}
		return left;
	}

	private Expr primary() {
		String token = peek();
		if (token == null) {
			throw new IllegalArgumentException("the condition ends too early");
		}
		this.position++;
		if (token.equals("(")) {
			Expr inner = or();
			expect(")");
			return inner;
		}
		if (token.startsWith("\"")) {
			return new Expr.Literal(token.substring(1, token.length() - 1));
		}
		if (token.equals("true") || token.equals("false")) {
			return new Expr.Literal(Boolean.valueOf(token));
		}
		if (token.matches("-?\\d+")) {
			return new Expr.Literal(Integer.valueOf(token));
		}
		if (token.contains(".")) {
			String type = token.substring(0, token.indexOf('.'));
			Class<?> enumType = FactCatalog.factType(type);
			if (enumType == null || !enumType.isEnum()) {
				throw new IllegalArgumentException("not an enum constant: " + token);
			}
			String constant = token.substring(token.indexOf('.') + 1);
			for (Object value : enumType.getEnumConstants()) {
				if (((Enum<?>) value).name().equals(constant)) {
					return new Expr.Literal(constant);
				}
			}
			throw new IllegalArgumentException(constant + " is not a " + type);
		}
		if (this.rowMatch ? token.equals("ruleId") : this.properties.containsKey(token)) {
			return new Expr.Property(token);
		}
		throw new IllegalArgumentException("unknown property " + token);
	}

	private String peek() {
		return (this.position < this.tokens.size()) ? this.tokens.get(this.position) : null;
	}

	private boolean accept(String token) {
		if (token.equals(peek())) {
			this.position++;
			return true;
		}
		return false;
	}

	private void expect(String token) {
		if (!accept(token)) {
			throw new IllegalArgumentException("expected " + token + " but found " + peek());
		}
	}

}
