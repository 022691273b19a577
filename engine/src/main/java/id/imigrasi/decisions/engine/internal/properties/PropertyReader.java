package id.imigrasi.decisions.engine.internal.properties;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import id.imigrasi.decisions.engine.Nearest;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.validation.Expr;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * Reads properties from YAML, one property per file or a list of them, and says what is
 * wrong with a file in both languages, naming the key. The form is documented in
 * {@code docs/properties.md}; facts are named by the path the explanation shows.
 */
final class PropertyReader {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	private static final List<String> KEYS = List.of("id", "kind", "title", "basis", "from", "checks", "vary",
			"enforcementAgencies", "add");

	private static final List<String> COMPARISONS = List.of("not", "under", "atLeast", "over", "atMost", "includes",
			"excludes");

	private final String source;

	private final List<Problem> problems;

	private PropertyReader(String source, List<Problem> problems) {
		this.source = source;
		this.problems = problems;
	}

	/** The properties of one file; problems are added for what cannot be read. */
	static List<PropertySpec> read(String source, byte[] yaml, List<Problem> problems) {
		PropertyReader reader = new PropertyReader(source, problems);
		JsonNode root;
		try {
			root = YAML.readTree(yaml);
		}
		catch (JsonProcessingException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			reader.problem("line " + line, "is not valid YAML: " + ex.getOriginalMessage(),
					"bukan YAML yang sah: " + ex.getOriginalMessage());
			return List.of();
		}
		catch (IOException ex) {
			reader.problem("", "cannot be read: " + ex.getMessage(), "tidak dapat dibaca: " + ex.getMessage());
			return List.of();
		}
		List<PropertySpec> specs = new ArrayList<>();
		if (root == null || root.isMissingNode() || root.isNull()) {
			reader.problem("", "holds no property", "tidak memuat properti apa pun");
		}
		else if (root.isArray()) {
			for (int i = 0; i < root.size(); i++) {
				reader.property(root.get(i), "[" + i + "]").ifPresent(specs::add);
			}
		}
		else {
			reader.property(root, "").ifPresent(specs::add);
		}
		return specs;
	}

	private void problem(String where, String message, String messageId) {
		String at = where.isEmpty() ? "" : " (" + where + ")";
		this.problems.add(Problem.error(ProblemCode.PROPERTY_INVALID, this.source,
				"The property file" + at + " " + message + ".", "Berkas properti" + at + " " + messageId + "."));
	}

	private java.util.Optional<PropertySpec> property(JsonNode node, String at) {
		int before = this.problems.size();
		if (!node.isObject()) {
			problem(at, "must be a mapping with id, kind, title and the keys of its kind",
					"harus berupa pemetaan dengan id, kind, title dan kunci jenisnya");
			return java.util.Optional.empty();
		}
		unknownKeys(node, at, KEYS);
		String id = text(node, at, "id", true);
		if (id != null && !ID.matcher(id).matches()) {
			problem(at + ".id", "'" + id + "' is not an ID: letters, digits, dots, dashes (e.g. P-LOCAL-1)",
					"'" + id + "' bukan ID: huruf, angka, titik, tanda hubung (mis. P-LOCAL-1)");
		}
		String where = (id != null) ? id : at;
		PropertySpec.Kind kind = kind(node, where);
		Reason title = title(node, where);
		String basis = text(node, where, "basis", false);
		LocalDate from = date(node, where, "from");
		List<PropertySpec.Clause> clauses = List.of();
		List<PropertySpec.Variation> variations = List.of();
		Set<Agency> enforcement = Set.of();
		List<PropertySpec.Indicator> indicators = List.of();
		if (kind == PropertySpec.Kind.IMPLICATION) {
			clauses = clauses(node, where);
		}
		else if (kind == PropertySpec.Kind.COUNTERFACTUAL) {
			variations = variations(node, where);
			enforcement = agencies(node.get("enforcementAgencies"), where + ".enforcementAgencies");
		}
		else if (kind == PropertySpec.Kind.MONOTONE) {
			indicators = indicators(node, where);
		}
		if (this.problems.size() > before || id == null || kind == null || title == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new PropertySpec(id, title, basis, this.source, from, kind, clauses, variations,
				enforcement, indicators));
	}

	private PropertySpec.Kind kind(JsonNode node, String where) {
		String kind = text(node, where, "kind", true);
		if (kind == null) {
			return null;
		}
		for (PropertySpec.Kind candidate : PropertySpec.Kind.values()) {
			if (candidate.name().toLowerCase(Locale.ROOT).equals(kind)) {
				return candidate;
			}
		}
		problem(where + ".kind", "'" + kind + "' is not a kind: implication, counterfactual, monotone, citations",
				"'" + kind + "' bukan jenis yang dikenal: implication, counterfactual, monotone, citations");
		return null;
	}

	private Reason title(JsonNode node, String where) {
		JsonNode title = node.get("title");
		if (title == null || !title.isObject()) {
			problem(where + ".title", "needs a title with 'id' (Bahasa Indonesia) and 'en' (English)",
					"perlu title dengan 'id' (Bahasa Indonesia) dan 'en' (Inggris)");
			return null;
		}
		String id = text(title, where + ".title", "id", true);
		String en = text(title, where + ".title", "en", true);
		return (id != null && en != null) ? new Reason(id, en) : null;
	}

	private List<PropertySpec.Clause> clauses(JsonNode node, String where) {
		JsonNode checks = node.get("checks");
		if (checks == null || !checks.isArray() || checks.isEmpty()) {
			problem(where + ".checks", "needs a list of checks, each with 'when' and 'then'",
					"perlu daftar checks, masing-masing dengan 'when' dan 'then'");
			return List.of();
		}
		List<PropertySpec.Clause> clauses = new ArrayList<>();
		for (int i = 0; i < checks.size(); i++) {
			String at = where + ".checks[" + i + "]";
			JsonNode check = checks.get(i);
			if (!check.isObject()) {
				problem(at, "must be a mapping with 'when' and 'then'",
						"harus berupa pemetaan dengan 'when' dan 'then'");
				continue;
			}
			unknownKeys(check, at, List.of("service", "when", "then"));
			DecisionService service = service(check, at);
			JsonNode when = check.get("when");
			List<PropertySpec.ReferralRequirement> whenReferrals = new ArrayList<>();
			Expr condition = null;
			if (when != null && !when.isNull()) {
				condition = conditions(when, at + ".when", true, whenReferrals);
			}
			PropertySpec.Then then = then(check.get("then"), at + ".then");
			if (then != null) {
				clauses.add(new PropertySpec.Clause(service, condition, List.copyOf(whenReferrals), then));
			}
		}
		return clauses;
	}

	private DecisionService service(JsonNode node, String at) {
		String name = text(node, at, "service", false);
		if (name == null) {
			return null;
		}
		try {
			return DecisionService.fromPath(name);
		}
		catch (IllegalArgumentException ex) {
			problem(at + ".service", "'" + name + "' is not a service: passport-application or departure",
					"'" + name + "' bukan layanan: passport-application atau departure");
			return null;
		}
	}

	/**
	 * Facts that must all hold: {@code fact: value}, {@code fact: [a, b]} (any of),
	 * {@code fact: {not|under|atLeast|over|atMost|includes|excludes: ...}}, and
	 * {@code anyOf: [mapping, ...]}; in a when, also {@code referral: {agency, urgency}}.
	 */
	Expr conditions(JsonNode node, String at, boolean decisionAllowed,
			List<PropertySpec.ReferralRequirement> referrals) {
		if (!node.isObject()) {
			problem(at, "must be a mapping of facts to values", "harus berupa pemetaan fakta ke nilai");
			return null;
		}
		List<Expr> parts = new ArrayList<>();
		for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
			String key = names.next();
			JsonNode value = node.get(key);
			String where = at + "." + key;
			if (key.equals("anyOf")) {
				if (!value.isArray() || value.isEmpty()) {
					problem(where, "must be a list of mappings", "harus berupa daftar pemetaan");
					continue;
				}
				List<Expr> alternatives = new ArrayList<>();
				for (int i = 0; i < value.size(); i++) {
					Expr alternative = conditions(value.get(i), where + "[" + i + "]", false, referrals);
					if (alternative != null) {
						alternatives.add(alternative);
					}
				}
				parts.add(new Expr.Junction(false, alternatives));
			}
			else if (key.equals("referral") && decisionAllowed) {
				PropertySpec.ReferralRequirement requirement = referral(value, where);
				if (requirement != null) {
					referrals.add(requirement);
				}
			}
			else {
				Expr fact = fact(key, value, where);
				if (fact != null) {
					parts.add(fact);
				}
			}
		}
		return (parts.size() == 1) ? parts.get(0) : new Expr.Junction(true, parts);
	}

	private Expr fact(String path, JsonNode value, String where) {
		FactCatalog.Property property = Facts.byPath(path);
		if (property == null) {
			String nearest = Nearest.to(path, Facts.paths());
			problem(where,
					"names no fact: '" + path + "'" + ((nearest != null) ? "; did you mean '" + nearest + "'?" : ""),
					"tidak menyebut fakta yang dikenal: '" + path + "'"
							+ ((nearest != null) ? "; maksudnya '" + nearest + "'?" : ""));
			return null;
		}
		String name = property.name();
		boolean collection = java.util.Collection.class.isAssignableFrom(property.type());
		if (value.isObject()) {
			if (value.size() != 1 || !COMPARISONS.contains(value.fieldNames().next())) {
				problem(where, "takes one of " + COMPARISONS, "memakai salah satu dari " + COMPARISONS);
				return null;
			}
			String op = value.fieldNames().next();
			JsonNode operand = value.get(op);
			switch (op) {
				case "includes", "excludes" -> {
					if (!collection || !operand.isTextual()) {
						problem(where, "includes/excludes take one element of a list fact (e.g. documents)",
								"includes/excludes memakai satu elemen dari fakta berupa daftar (mis. documents)");
						return null;
					}
					return new Expr.Contains(name, operand.textValue(), op.equals("excludes"));
				}
				case "not" -> {
					List<Expr> parts = new ArrayList<>();
					for (JsonNode item : operand.isArray() ? iterable(operand) : List.of(operand)) {
						Object literal = literal(property, item, where);
						parts.add(new Expr.Compare(new Expr.Property(name), "!=", new Expr.Literal(literal)));
					}
					return (parts.size() == 1) ? parts.get(0) : new Expr.Junction(true, parts);
				}
				default -> {
					if (!(property.type() == int.class || property.type() == Integer.class) || !operand.isInt()) {
						problem(where, op + " takes a whole number and a numeric fact such as age",
								op + " memakai bilangan bulat dan fakta berupa angka seperti age");
						return null;
					}
					String symbol = switch (op) {
						case "under" -> "<";
						case "atLeast" -> ">=";
						case "over" -> ">";
						default -> "<=";
					};
					return new Expr.Compare(new Expr.Property(name), symbol, new Expr.Literal(operand.intValue()));
				}
			}
		}
		if (collection) {
			problem(where, "is a list fact: write {includes: X} or {excludes: X}",
					"adalah fakta berupa daftar: tulis {includes: X} atau {excludes: X}");
			return null;
		}
		List<Expr> alternatives = new ArrayList<>();
		for (JsonNode item : value.isArray() ? iterable(value) : List.of(value)) {
			Object literal = literal(property, item, where);
			alternatives.add(new Expr.Compare(new Expr.Property(name), "==", new Expr.Literal(literal)));
		}
		return (alternatives.size() == 1) ? alternatives.get(0) : new Expr.Junction(false, alternatives);
	}

	/** A YAML value as the analysis' literal of the fact's type. */
	private Object literal(FactCatalog.Property property, JsonNode value, String where) {
		Class<?> type = property.type();
		if (value.isNull()) {
			return null;
		}
		if (type == boolean.class || type == Boolean.class) {
			if (value.isBoolean()) {
				return value.booleanValue();
			}
		}
		else if (type == int.class || type == Integer.class) {
			if (value.isInt()) {
				return value.intValue();
			}
		}
		else if (type.isEnum()) {
			List<String> names = Arrays.stream(type.getEnumConstants()).map((e) -> ((Enum<?>) e).name()).toList();
			if (value.isTextual() && names.contains(value.textValue())) {
				return value.textValue();
			}
			String nearest = value.isTextual() ? Nearest.to(value.textValue(), names) : null;
			problem(where,
					"'" + value.asText() + "' is not a " + type.getSimpleName()
							+ ((nearest != null) ? "; did you mean '" + nearest + "'?" : "") + " Allowed: "
							+ String.join(", ", names),
					"'" + value.asText() + "' bukan " + type.getSimpleName()
							+ ((nearest != null) ? "; maksudnya '" + nearest + "'?" : "") + " Nilai yang boleh: "
							+ String.join(", ", names));
			return null;
		}
		else if (type == String.class) {
			if (value.isTextual()) {
				return value.textValue();
			}
		}
		problem(where, "'" + value.asText() + "' is not a value of " + property.path().value(),
				"'" + value.asText() + "' bukan nilai " + property.path().value());
		return null;
	}

	private PropertySpec.ReferralRequirement referral(JsonNode node, String where) {
		if (!node.isObject()) {
			problem(where, "must be a mapping with agency and/or urgency",
					"harus berupa pemetaan dengan agency dan/atau urgency");
			return null;
		}
		unknownKeys(node, where, List.of("agency", "urgency"));
		Agency agency = enumValue(Agency.class, node.get("agency"), where + ".agency");
		Urgency urgency = enumValue(Urgency.class, node.get("urgency"), where + ".urgency");
		return new PropertySpec.ReferralRequirement(agency, urgency);
	}

	private PropertySpec.Then then(JsonNode node, String where) {
		if (node == null || !node.isObject() || node.isEmpty()) {
			problem(where, "needs what the decision must be: recommendation, recommendationNotIn, referrals, findings",
					"perlu keadaan keputusan yang wajib: recommendation, recommendationNotIn, referrals, findings");
			return null;
		}
		unknownKeys(node, where,
				List.of("recommendation", "recommendationNotIn", "referrals", "findings", "notFindings"));
		Set<Outcome> recommendation = outcomes(node.get("recommendation"), where + ".recommendation");
		Set<Outcome> notIn = outcomes(node.get("recommendationNotIn"), where + ".recommendationNotIn");
		List<PropertySpec.ReferralRequirement> referrals = new ArrayList<>();
		JsonNode list = node.get("referrals");
		if (list != null) {
			for (JsonNode item : list.isArray() ? iterable(list) : List.of(list)) {
				PropertySpec.ReferralRequirement requirement = referral(item, where + ".referrals");
				if (requirement != null) {
					referrals.add(requirement);
				}
			}
		}
		return new PropertySpec.Then(recommendation, notIn, List.copyOf(referrals), texts(node.get("findings")),
				texts(node.get("notFindings")));
	}

	private Set<Outcome> outcomes(JsonNode node, String where) {
		if (node == null) {
			return null;
		}
		Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
		for (JsonNode item : node.isArray() ? iterable(node) : List.of(node)) {
			Outcome outcome = enumValue(Outcome.class, item, where);
			if (outcome != null) {
				outcomes.add(outcome);
			}
		}
		return outcomes;
	}

	private List<PropertySpec.Variation> variations(JsonNode node, String where) {
		JsonNode vary = node.get("vary");
		if (vary == null || !vary.isArray() || vary.isEmpty()) {
			problem(where + ".vary", "needs the facts to vary", "perlu daftar fakta yang diubah");
			return List.of();
		}
		List<PropertySpec.Variation> variations = new ArrayList<>();
		for (int i = 0; i < vary.size(); i++) {
			String at = where + ".vary[" + i + "]";
			JsonNode item = vary.get(i);
			JsonNode fact = item.isObject() ? item.get("fact") : item;
			if (fact == null || !fact.isTextual()) {
				problem(at, "needs the fact to vary", "perlu fakta yang diubah");
				continue;
			}
			FactCatalog.Property property = Facts.byPath(fact.textValue());
			if (property == null) {
				fact(fact.textValue(), fact, at);
				continue;
			}
			Expr values = null;
			Integer across = null;
			Expr when = null;
			if (item.isObject()) {
				unknownKeys(item, at, List.of("fact", "values", "across", "when"));
				if (item.get("values") != null) {
					values = fact(fact.textValue(), item.get("values"), at + ".values");
				}
				if (item.get("across") != null) {
					if (!item.get("across").isInt()) {
						problem(at + ".across", "takes a whole number", "memakai bilangan bulat");
					}
					else {
						across = item.get("across").intValue();
					}
				}
				if (item.get("when") != null) {
					when = conditions(item.get("when"), at + ".when", false, new ArrayList<>());
				}
			}
			variations.add(new PropertySpec.Variation(property.name(), fact.textValue(), values, across, when));
		}
		return variations;
	}

	private List<PropertySpec.Indicator> indicators(JsonNode node, String where) {
		JsonNode add = node.get("add");
		if (add == null || !add.isArray() || add.isEmpty()) {
			problem(where + ".add", "needs the risk indicators to add, e.g. - interview.recruiterPresent: true",
					"perlu indikator risiko yang ditambahkan, mis. - interview.recruiterPresent: true");
			return List.of();
		}
		List<PropertySpec.Indicator> indicators = new ArrayList<>();
		for (int i = 0; i < add.size(); i++) {
			String at = where + ".add[" + i + "]";
			JsonNode item = add.get(i);
			if (!item.isObject() || item.size() != 1) {
				problem(at, "must be one fact and the value that adds the indicator",
						"harus berupa satu fakta dan nilai yang menambahkan indikator");
				continue;
			}
			String path = item.fieldNames().next();
			FactCatalog.Property property = Facts.byPath(path);
			if (property == null) {
				fact(path, item.get(path), at);
				continue;
			}
			Object value = literal(property, item.get(path), at);
			indicators.add(new PropertySpec.Indicator(property.name(), path, value));
		}
		return indicators;
	}

	private Set<Agency> agencies(JsonNode node, String where) {
		Set<Agency> agencies = new LinkedHashSet<>();
		if (node != null) {
			for (JsonNode item : node.isArray() ? iterable(node) : List.of(node)) {
				Agency agency = enumValue(Agency.class, item, where);
				if (agency != null) {
					agencies.add(agency);
				}
			}
		}
		return agencies;
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String where) {
		if (node == null || node.isNull()) {
			return null;
		}
		List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		if (node.isTextual() && names.contains(node.textValue())) {
			return Enum.valueOf(type, node.textValue());
		}
		String nearest = node.isTextual() ? Nearest.to(node.textValue(), names) : null;
		problem(where,
				"'" + node.asText() + "' is not a " + type.getSimpleName()
						+ ((nearest != null) ? "; did you mean '" + nearest + "'?" : "") + " Allowed: "
						+ String.join(", ", names),
				"'" + node.asText() + "' bukan " + type.getSimpleName()
						+ ((nearest != null) ? "; maksudnya '" + nearest + "'?" : "") + " Nilai yang boleh: "
						+ String.join(", ", names));
		return null;
	}

	private String text(JsonNode node, String where, String key, boolean required) {
		JsonNode value = node.get(key);
		if (value == null || value.isNull()) {
			if (required) {
				problem(where, "needs '" + key + "'", "perlu '" + key + "'");
			}
			return null;
		}
		if (!value.isValueNode() || value.asText().isBlank()) {
			problem(where + "." + key, "must be text", "harus berupa teks");
			return null;
		}
		return value.asText().strip();
	}

	private LocalDate date(JsonNode node, String where, String key) {
		String text = text(node, where, key, false);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problem(where + "." + key, "'" + text + "' is not a date YYYY-MM-DD",
					"'" + text + "' bukan tanggal YYYY-MM-DD");
			return null;
		}
	}

	private static List<String> texts(JsonNode node) {
		List<String> texts = new ArrayList<>();
		if (node != null) {
			for (JsonNode item : node.isArray() ? iterable(node) : List.of(node)) {
				texts.add(item.asText().strip());
			}
		}
		return List.copyOf(texts);
	}

	private void unknownKeys(JsonNode node, String where, List<String> allowed) {
		for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!allowed.contains(name)) {
				problem(where, "has the unknown key '" + name + "'; allowed: " + String.join(", ", allowed),
						"memuat kunci yang tidak dikenal '" + name + "'; yang boleh: " + String.join(", ", allowed));
			}
		}
	}

	private static List<JsonNode> iterable(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

}
