package id.imigrasi.decisions.service.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.model.request.Pattern;
import id.imigrasi.decisions.model.request.Required;

/**
 * Mutated requests from a seeded {@link Random}, for the fuzzer: first a valid variation
 * of an example (random enum values, booleans, dates, optional parts added or removed, so
 * that many are accepted and reach the engine), then, mostly, breakage: fields dropped,
 * duplicated or renamed, wrong types, huge strings, unicode, deep nesting, numbers as
 * strings, out-of-range dates, NIK-like digits and the name where they do not belong,
 * broken JSON text. Every NIK and name it writes is fresh and recorded as a secret no
 * answer may contain.
 */
final class RequestMutator {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> COUNTRIES = List.of("SA", "MY", "SG", "HK", "TW", "JP", "KR", "AE", "QA", "KH",
			"MM", "LA", "TH", "PH", "VN", "CN", "US", "AU", "NL", "TR", "ZZ");

	private static final List<String> STRANGE_TEXT = List.of("", " ", "Ｓｉｔｉ", "\u202Eevil", "😀😀", "a\u0000b",
			"\uD800", "e\u0301", "null", "undefined", "{}", "<script>", "' OR 1=1 --", "\\", "%00", "../..", "tourism",
			"TOURISME", "umroh", "F ", "0", "-1", "1e309", "true");

	private static final List<String> STRANGE_DATES = List.of("0000-01-01", "-999999999-01-01", "+10000-01-01",
			"9999-12-31", "2011-05-04", "2011-05-05", "1899-12-31", "1900-01-01", "2025-02-29", "2024-02-29",
			"2025-13-01", "2025-05-19T00:00:00", "2025-5-19", "19-05-2025", "", "yesterday", "2025-05-19 ");

	private static final String NEST = "@@nest@@";

	private static final java.util.regex.Pattern NESTED = java.util.regex.Pattern
		.compile("\"" + NEST + "(\\d+)" + NEST + "\"");

	private final Random random;

	RequestMutator(Random random) {
		this.random = random;
	}

	/** One request body to send, as bytes, with the secrets it holds. */
	record Mutant(byte[] body, String contentType, Set<String> secrets, String mutations) {
	}

	Mutant decision(ObjectNode example, Class<?> type, String legalDateField) {
		ObjectNode body = example.deepCopy();
		Set<String> secrets = new HashSet<>();
		List<String> applied = new ArrayList<>();
		ObjectNode person = (ObjectNode) body.get("person");
		person.put("nik", secret(digits(16), secrets));
		person.put("fullName", secret(name(), secrets));
		for (int i = this.random.nextInt(8); i > 0; i--) {
			vary(body, type, legalDateField);
		}
		int breaks = (this.random.nextInt(20) < 3) ? 0 : 1 + this.random.nextInt(3);
		for (int i = 0; i < breaks; i++) {
			applied.add(breakTree(body, type, secrets, person.path("fullName").asText()));
		}
		return text(body, secrets, applied);
	}

	Mutant search() {
		ObjectNode body = NODES.objectNode();
		Set<String> secrets = new HashSet<>();
		List<String> applied = new ArrayList<>();
		body.put("nik", secret(digits(16), secrets));
		if (this.random.nextBoolean()) {
			body.put("from", date(LocalDate.of(2011, 5, 5), LocalDate.now()).toString());
		}
		if (this.random.nextBoolean()) {
			body.put("to", date(LocalDate.of(2011, 5, 5), LocalDate.now().plusYears(1)).toString());
		}
		int breaks = (this.random.nextInt(10) < 3) ? 0 : 1 + this.random.nextInt(2);
		for (int i = 0; i < breaks; i++) {
			String field = pick(List.of("nik", "from", "to", "purpose", "3212015505010002"));
			switch (this.random.nextInt(6)) {
				case 0 -> body.remove(field);
				case 1 -> body.set(field, wrongType());
				case 2 -> body.put(field, pick(STRANGE_DATES));
				case 3 -> body.put(field, secret(digits(10 + this.random.nextInt(10)), secrets));
				case 4 -> body.put(field, "x".repeat(this.random.nextInt(70_000)));
				default -> body.set(field, nested(this.random.nextInt(2_000)));
			}
			applied.add("search:" + field);
		}
		return text(body, secrets, applied);
	}

	/** A valid change: a component of a record set to a random valid value or removed. */
	private void vary(ObjectNode body, Class<?> type, String legalDateField) {
		List<Slot> slots = new ArrayList<>();
		slots(body, type, "", slots);
		Slot slot = pick(slots);
		String name = slot.component().getName();
		if (name.equals("nik") || name.equals("fullName") || name.equals("person")) {
			return;
		}
		if (!slot.component().isAnnotationPresent(Required.class) && this.random.nextInt(4) == 0) {
			slot.parent().remove(name);
			return;
		}
		slot.parent().set(name, valid(slot.component().getGenericType(), slot.component(), legalDateField));
	}

	private record Slot(ObjectNode parent, RecordComponent component, String path) {
	}

	private static void slots(ObjectNode node, Class<?> type, String path, List<Slot> slots) {
		for (RecordComponent component : type.getRecordComponents()) {
			slots.add(new Slot(node, component, path + "." + component.getName()));
			JsonNode child = node.get(component.getName());
			if (component.getType().isRecord() && child instanceof ObjectNode object) {
				slots(object, component.getType(), path + "." + component.getName(), slots);
			}
		}
	}

	private JsonNode valid(Type type, RecordComponent component, String legalDateField) {
		if (type instanceof ParameterizedType list) {
			ArrayNode array = NODES.arrayNode();
			for (int i = this.random.nextInt(4); i > 0; i--) {
				array.add(valid(list.getActualTypeArguments()[0], component, legalDateField));
			}
			return array;
		}
		Class<?> raw = (Class<?>) type;
		if (raw.isEnum()) {
			return NODES.textNode(((Enum<?>) pick(List.of(raw.getEnumConstants()))).name());
		}
		if (raw == Boolean.class) {
			return NODES.booleanNode(this.random.nextBoolean());
		}
		if (raw == LocalDate.class) {
			String name = component.getName();
			if (name.equals(legalDateField)) {
				return NODES.textNode(date(LocalDate.of(2011, 5, 5), LocalDate.now().plusMonths(11)).toString());
			}
			if (name.equals("birthDate")) {
				return NODES.textNode(date(LocalDate.of(1930, 1, 1), LocalDate.of(2011, 5, 5)).toString());
			}
			return NODES.textNode(date(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)).toString());
		}
		if (raw == String.class) {
			Pattern pattern = component.getAnnotation(Pattern.class);
			return NODES.textNode((pattern != null) ? pick(COUNTRIES) : "REF-" + this.random.nextInt(1_000_000));
		}
		ObjectNode record = NODES.objectNode();
		for (RecordComponent part : raw.getRecordComponents()) {
			if (part.isAnnotationPresent(Required.class) || this.random.nextBoolean()) {
				record.set(part.getName(), valid(part.getGenericType(), part, legalDateField));
			}
		}
		return record;
	}

	/** One breaking change somewhere in the tree; its name. */
	private String breakTree(ObjectNode body, Class<?> type, Set<String> secrets, String fullName) {
		List<Slot> slots = new ArrayList<>();
		slots(body, type, "", slots);
		Slot slot = pick(slots);
		ObjectNode parent = slot.parent();
		String name = slot.component().getName();
		int kind = this.random.nextInt(12);
		switch (kind) {
			case 0 -> parent.remove(name);
			case 1 -> parent.set(rename(name, secrets), (parent.get(name) != null) ? parent.remove(name) : wrongType());
			case 2 -> parent.set(name, wrongType());
			case 3 -> parent.put(name, pick(List.of("x", "Ａ", "😀")).repeat(1 + this.random.nextInt(40_000)));
			case 4 -> parent.put(name, pick(STRANGE_TEXT));
			case 5 -> parent.set(name, nested(1 + this.random.nextInt(3_000)));
			case 6 -> parent.set(name, asString(parent.get(name)));
			case 7 -> parent.put(name, pick(STRANGE_DATES));
			case 8 -> parent.put(name, secret(digits(16), secrets));
			case 9 -> parent.put(name, fullName);
			case 10 -> manyElements(parent, name);
			default -> body.put(pick(List.of("checkId", "applicationId", "checkpoint")),
					secret(digits(12 + this.random.nextInt(8)), secrets));
		}
		return kind + ":" + slot.path();
	}

	private String rename(String name, Set<String> secrets) {
		return switch (this.random.nextInt(5)) {
			case 0 -> name.toUpperCase();
			case 1 -> name + "s";
			case 2 -> secret(digits(16), secrets);
			case 3 -> secret(name(), secrets);
			default -> (name.length() > 2) ? name.substring(0, name.length() - 1) : name + "_";
		};
	}

	private JsonNode wrongType() {
		return switch (this.random.nextInt(10)) {
			case 0 -> NODES.numberNode(42);
			case 1 -> NODES.numberNode(-1.5e300);
			case 2 -> NODES.booleanNode(true);
			case 3 -> NODES.textNode("x");
			case 4 -> NODES.arrayNode();
			case 5 -> NODES.objectNode();
			case 6 -> NODES.nullNode();
			case 7 -> NODES.arrayNode().add(1).add("two").add(NODES.objectNode());
			case 8 -> NODES.objectNode().put("a", 1);
			default -> NODES.numberNode(new java.math.BigInteger("9".repeat(400)));
		};
	}

	/**
	 * A placeholder for {@code depth} nested arrays and objects, written out as text:
	 * Jackson refuses to write more than 1,000 levels.
	 */
	private static JsonNode nested(int depth) {
		return NODES.textNode(NEST + depth + NEST);
	}

	private static String nestedText(int depth) {
		StringBuilder open = new StringBuilder();
		StringBuilder close = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			open.append((i % 2 == 0) ? "[" : "{\"n\":");
			close.insert(0, (i % 2 == 0) ? "]" : "}");
		}
		return open + "\"deep\"" + close;
	}

	/** The value as text or number where it should be something else. */
	private JsonNode asString(JsonNode value) {
		if (value == null || value.isMissingNode()) {
			return NODES.textNode("1");
		}
		if (value.isTextual()) {
			return this.random.nextBoolean() ? NODES.numberNode(20250519) : NODES.numberNode(0);
		}
		return NODES.textNode(value.toString());
	}

	private void manyElements(ObjectNode parent, String name) {
		ArrayNode array = NODES.arrayNode();
		int count = 1 + this.random.nextInt(6_000);
		boolean valid = this.random.nextBoolean();
		for (int i = 0; i < count; i++) {
			if (valid) {
				array.add(pick(COUNTRIES));
			}
			else {
				array.add(this.random.nextInt(10));
			}
		}
		parent.set(name, array);
	}

	/**
	 * The tree as text, sometimes broken as text: duplicated keys, cut, trailing garbage.
	 */
	private Mutant text(ObjectNode body, Set<String> secrets, List<String> applied) {
		String text = NESTED.matcher(body.toString())
			.replaceAll((match) -> nestedText(Integer.parseInt(match.group(1))));
		int kind = this.random.nextInt(20);
		switch (kind) {
			case 0 -> {
				Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
				if (fields.hasNext()) {
					Map.Entry<String, JsonNode> first = fields.next();
					text = "{\"" + first.getKey() + "\":" + first.getValue() + "," + text.substring(1);
				}
			}
			case 1 -> text = text.substring(0, this.random.nextInt(text.length()));
			case 2 -> text = text + pick(List.of("}", "xyz", "{}", "[", " \u0000"));
			case 3 -> {
				char[] chars = text.toCharArray();
				chars[this.random.nextInt(chars.length)] = pick(List.of('{', '"', ',', ':', '\\', 'x', '\u00e9'));
				text = new String(chars);
			}
			case 4 -> text = pick(List.of("[]", "null", "\"departure\"", "42", "", "{", "\uFEFF" + text));
			default -> {
			}
		}
		if (kind <= 4) {
			applied.add("text:" + kind);
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (this.random.nextInt(100) == 0 && bytes.length > 0) {
			bytes[this.random.nextInt(bytes.length)] = (byte) 0xC3;
			applied.add("bytes");
		}
		String contentType = (this.random.nextInt(40) == 0) ? pick(List.of("text/plain", "application/xml",
				"application/json; charset=ISO-8859-1", "application/x-ndjson")) : "application/json";
		return new Mutant(bytes, contentType, secrets, String.join(" ", applied));
	}

	private String secret(String value, Set<String> secrets) {
		secrets.add(value);
		return value;
	}

	private String digits(int length) {
		StringBuilder digits = new StringBuilder().append(1 + this.random.nextInt(9));
		while (digits.length() < length) {
			digits.append(this.random.nextInt(10));
		}
		return digits.toString();
	}

	/** A name no answer could contain by chance. */
	private String name() {
		StringBuilder name = new StringBuilder("Qz");
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + this.random.nextInt(26)));
		}
		return name.toString();
	}

	private LocalDate date(LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return from.plusDays((long) (this.random.nextDouble() * days));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
