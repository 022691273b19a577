package id.imigrasi.decisions.service.console;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.model.request.Required;

/**
 * The form of a decision request, found by reflection over its record, as the strict
 * reader reads it: every record component a field named by its JSON path
 * ({@code person.watchlist.preventionListMatch}), an enum a drop-down of its constants, a
 * list of an enum a set of boxes, a date a date picker, a nested record a group. A field
 * added to the request contract appears in the form with no template edit, and the form
 * sends exactly what the API would receive: values are never defaulted, an empty field is
 * left out, and the reader reports what is missing.
 */
final class CaseForm {

	/** What kind of input a field is. */
	enum Kind {

		/** Free text, e.g. an ID or a country code. */
		TEXT,
		/** An ISO date. */
		DATE,
		/** A whole or decimal number. */
		NUMBER,
		/** Yes, no or, if not required, not established. */
		YES_NO,
		/** One constant of an enum. */
		CHOICE,
		/** Any of an enum's constants. */
		CHOICES,
		/** A list of texts, written comma-separated. */
		TEXTS,
		/** A nested record: its fields. */
		GROUP

	}

	/**
	 * One field of the form.
	 *
	 * @param name the JSON path below the request, e.g. {@code person.nik}; the form
	 * parameter's name
	 * @param component the record component's own name, e.g. {@code nik}
	 * @param enumType the enum's simple name for a choice, e.g. {@code Purpose}; else
	 * null
	 * @param options the enum's constants, in declaration order; else empty
	 * @param children a group's fields; else empty
	 */
	record Field(String name, String component, Kind kind, boolean required, String enumType, List<String> options,
			List<Field> children) {

		public boolean group() {
			return this.kind == Kind.GROUP;
		}

	}

	private static final Map<Class<?>, List<Field>> FORMS = new ConcurrentHashMap<>();

	private CaseForm() {
	}

	/** The fields of a request record, cached per type. */
	static List<Field> of(Class<?> requestType) {
		return FORMS.computeIfAbsent(requestType, (type) -> fields(type, ""));
	}

	private static List<Field> fields(Class<?> type, String prefix) {
		if (!type.isRecord()) {
			throw new IllegalArgumentException(type + " is not a record");
		}
		List<Field> fields = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			fields.add(field(component, prefix + component.getName()));
		}
		return List.copyOf(fields);
	}

	private static Field field(RecordComponent component, String name) {
		boolean required = component.isAnnotationPresent(Required.class);
		Type type = component.getGenericType();
		if (type instanceof ParameterizedType list && list.getRawType() == List.class
				&& list.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element.isEnum()
					? new Field(name, component.getName(), Kind.CHOICES, required, element.getSimpleName(),
							constants(element), List.of())
					: new Field(name, component.getName(), Kind.TEXTS, required, null, List.of(), List.of());
		}
		Class<?> raw = component.getType();
		if (raw.isRecord()) {
			return new Field(name, component.getName(), Kind.GROUP, required, null, List.of(), fields(raw, name + "."));
		}
		if (raw.isEnum()) {
			return new Field(name, component.getName(), Kind.CHOICE, required, raw.getSimpleName(), constants(raw),
					List.of());
		}
		Kind kind = (raw == Boolean.class || raw == boolean.class) ? Kind.YES_NO
				: (raw == LocalDate.class) ? Kind.DATE : Number.class.isAssignableFrom(raw) ? Kind.NUMBER : Kind.TEXT;
		return new Field(name, component.getName(), kind, required, null, List.of(), List.of());
	}

	private static List<String> constants(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map((c) -> ((Enum<?>) c).name()).toList();
	}

	/**
	 * The request body the form's values make: what was filled in, nothing else. A group
	 * with nothing filled in is left out as a whole; a required set of boxes with none
	 * ticked is an empty list (no documents is an answer, not an omission).
	 */
	static ObjectNode toJson(List<Field> fields, Map<String, List<String>> values) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		for (Field field : fields) {
			JsonNode value = value(field, values);
			if (value != null) {
				body.set(field.component(), value);
			}
		}
		return body;
	}

	private static JsonNode value(Field field, Map<String, List<String>> values) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		List<String> given = values.getOrDefault(field.name(), List.of())
			.stream()
			.map(String::strip)
			.filter((v) -> !v.isEmpty())
			.toList();
		return switch (field.kind()) {
			case GROUP -> {
				ObjectNode group = toJson(field.children(), values);
				yield group.isEmpty() ? null : group;
			}
			case CHOICES -> {
				if (given.isEmpty() && !field.required()) {
					yield null;
				}
				ArrayNode list = nodes.arrayNode();
				given.forEach(list::add);
				yield list;
			}
			case TEXTS -> {
				List<String> items = given.stream()
					.flatMap((v) -> Arrays.stream(v.split("[,\\s]+")))
					.filter((v) -> !v.isEmpty())
					.toList();
				if (items.isEmpty()) {
					yield field.required() ? nodes.arrayNode() : null;
				}
				ArrayNode list = nodes.arrayNode();
				items.forEach(list::add);
				yield list;
			}
			case YES_NO -> given.isEmpty() ? null : switch (given.get(0)) {
				case "true" -> nodes.booleanNode(true);
				case "false" -> nodes.booleanNode(false);
				default -> nodes.textNode(given.get(0));
			};
			case NUMBER -> given.isEmpty() ? null : number(given.get(0));
			default -> given.isEmpty() ? null : nodes.textNode(given.get(0));
		};
	}

	private static JsonNode number(String text) {
		try {
			return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(text));
		}
		catch (NumberFormatException ex) {
			// Sent as text: the reader says what it must be.
			return JsonNodeFactory.instance.textNode(text);
		}
	}

	/**
	 * The form's values for a request body, to fill the form in: every field by its name,
	 * a yes/no as {@code true}/{@code false}, a set as its items, a list of texts joined
	 * by commas.
	 */
	static Map<String, List<String>> values(List<Field> fields, JsonNode body) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		collect(fields, body, values);
		return values;
	}

	private static void collect(List<Field> fields, JsonNode node, Map<String, List<String>> values) {
		if (node == null || !node.isObject()) {
			return;
		}
		for (Field field : fields) {
			JsonNode value = node.get(field.component());
			if (value == null || value.isNull()) {
				continue;
			}
			switch (field.kind()) {
				case GROUP -> collect(field.children(), value, values);
				case CHOICES -> {
					List<String> items = new ArrayList<>();
					value.forEach((item) -> items.add(item.asText()));
					values.put(field.name(), items);
				}
				case TEXTS -> {
					List<String> items = new ArrayList<>();
					value.forEach((item) -> items.add(item.asText()));
					values.put(field.name(), List.of(String.join(", ", items)));
				}
				default -> values.put(field.name(), List.of(value.asText()));
			}
		}
	}

	/**
	 * The field a problem of the strict reader is about: {@code $.person.nik} is
	 * {@code person.nik}, {@code $.documents[2]} is {@code documents}.
	 */
	static String fieldOf(String jsonPath) {
		String path = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
		path = path.replaceAll("\\[[^\\]]*\\]", "");
		return path.startsWith(".") ? path.substring(1) : path;
	}

}
