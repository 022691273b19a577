package id.imigrasi.decisions.service.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Nearest;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.request.Pattern;
import id.imigrasi.decisions.model.request.Required;
import id.imigrasi.decisions.service.system.InputProblem;

/**
 * Reads a decision request strictly (SPEC 3 and 8) and reports every problem at once,
 * each with its JSON path: an unknown field, a missing required field, a value outside
 * its enum, a malformed date or NIK, a birth date after the legal date. Nothing is
 * defaulted: a misspelt fact must never silently change a decision. The API and the
 * trainers' scenario runner both read requests here, so a scenario cannot say what the
 * API would refuse.
 */
public final class RequestReader {

	/**
	 * Values that may be quoted back: enum-like words, never digits (a NIK) or free text.
	 */
	private static final java.util.regex.Pattern QUOTABLE = java.util.regex.Pattern.compile("[A-Za-z_]{1,40}");

	private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern
		.compile("[A-Za-z_][A-Za-z0-9_]{0,60}");

	/**
	 * What reflection says about each request record, asked once per class rather than
	 * per request: reading a request cost more than evaluating it (issue 18's profile).
	 */
	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			return Shape.of(type);
		}
	};

	/** The names of each enum's constants, once per enum. */
	private static final ClassValue<List<String>> ENUM_NAMES = new ClassValue<>() {
		@Override
		protected List<String> computeValue(Class<?> type) {
			return Arrays.stream(type.getEnumConstants()).map((c) -> ((Enum<?>) c).name()).toList();
		}
	};

	/** Each {@link Pattern} annotation's expression, compiled once. */
	private static final Map<String, java.util.regex.Pattern> REGEXES = new ConcurrentHashMap<>();

	private record Shape(RecordComponent[] components, Set<String> names, Type[] types, boolean[] required,
			Pattern[] patterns, Constructor<?> constructor) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			int n = components.length;
			Type[] types = new Type[n];
			boolean[] required = new boolean[n];
			Pattern[] patterns = new Pattern[n];
			Class<?>[] raw = new Class<?>[n];
			for (int i = 0; i < n; i++) {
				types[i] = components[i].getGenericType();
				required[i] = components[i].isAnnotationPresent(Required.class);
				patterns[i] = components[i].getAnnotation(Pattern.class);
				raw[i] = components[i].getType();
			}
			try {
				return new Shape(components,
						Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet()), types,
						required, patterns, type.getDeclaredConstructor(raw));
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("Cannot build " + type.getSimpleName(), ex);
			}
		}

	}

	private final Clock clock;

	public RequestReader(Clock clock) {
		this.clock = clock.withZone(DecisionEngine.JAKARTA);
	}

	public ReadResult read(DecisionService service, JsonNode body) {
		List<InputProblem> problems = new ArrayList<>();
		CaseRequest request = (CaseRequest) readRecord(body, service.requestType(), "$", problems);
		if (request != null) {
			checkBirthDate(request, problems);
		}
		return new ReadResult(service, problems.isEmpty() ? request : null, problems);
	}

	private Object readRecord(JsonNode node, Class<?> type, String path, List<InputProblem> problems) {
		if (node == null || !node.isObject()) {
			problems.add(new InputProblem(path, "must be a JSON object"));
			return null;
		}
		Shape shape = SHAPES.get(type);
		RecordComponent[] components = shape.components();
		Set<String> known = shape.names();
		int before = problems.size();
		for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!known.contains(name)) {
				problems.add(new InputProblem(child(path, name), unknownField(name, components)));
			}
		}
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			JsonNode value = node.get(component.getName());
			// A record component's name is a plain Java name: no need to check it.
			String at = path + "." + component.getName();
			if (value == null || value.isNull()) {
				if (shape.required()[i]) {
					problems.add(new InputProblem(at, "is required"));
				}
				continue;
			}
			values[i] = readValue(value, shape.types()[i], shape.patterns()[i], at, problems);
		}
		return (problems.size() == before) ? construct(type, shape.constructor(), values) : null;
	}

	private Object readValue(JsonNode node, Type type, Pattern pattern, String path, List<InputProblem> problems) {
		if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
			return readList(node, list.getActualTypeArguments()[0], pattern, path, problems);
		}
		Class<?> raw = (Class<?>) type;
		if (raw.isRecord()) {
			return readRecord(node, raw, path, problems);
		}
		if (raw.isEnum()) {
			return readEnum(node, raw, path, problems);
		}
		if (raw == Boolean.class) {
			if (!node.isBoolean()) {
				problems.add(new InputProblem(path, "must be true or false"));
				return null;
			}
			return node.booleanValue();
		}
		if (raw == LocalDate.class) {
			return readDate(node, path, problems);
		}
		if (raw == String.class) {
			return readText(node, pattern, path, problems);
		}
		throw new IllegalStateException("No reader for " + type + " at " + path);
	}

	private List<Object> readList(JsonNode node, Type elementType, Pattern pattern, String path,
			List<InputProblem> problems) {
		if (!node.isArray()) {
			problems.add(new InputProblem(path, "must be a JSON array"));
			return null;
		}
		List<Object> values = new ArrayList<>(node.size());
		for (int i = 0; i < node.size(); i++) {
			values.add(readValue(node.get(i), elementType, pattern, path + "[" + i + "]", problems));
		}
		return values;
	}

	private Object readEnum(JsonNode node, Class<?> type, String path, List<InputProblem> problems) {
		List<String> allowed = ENUM_NAMES.get(type);
		if (node.isTextual() && allowed.contains(node.textValue())) {
			for (Object constant : type.getEnumConstants()) {
				if (((Enum<?>) constant).name().equals(node.textValue())) {
					return constant;
				}
			}
		}
		String given = node.isTextual() ? node.textValue() : null;
		StringBuilder message = new StringBuilder();
		message.append((given != null && QUOTABLE.matcher(given).matches()) ? "'" + given + "' is not allowed"
				: "is not an allowed value");
		String nearest = (given != null) ? Nearest.to(given, allowed) : null;
		if (nearest != null) {
			message.append("; did you mean ").append(nearest).append('?');
		}
		message.append(" Allowed: ").append(String.join(", ", allowed));
		problems.add(new InputProblem(path, message.toString()));
		return null;
	}

	private Object readDate(JsonNode node, String path, List<InputProblem> problems) {
		if (node.isTextual()) {
			try {
				return LocalDate.parse(node.textValue(), DateTimeFormatter.ISO_LOCAL_DATE);
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		problems.add(new InputProblem(path, "must be an ISO-8601 date (YYYY-MM-DD)"));
		return null;
	}

	private Object readText(JsonNode node, Pattern pattern, String path, List<InputProblem> problems) {
		if (!node.isTextual()) {
			problems.add(new InputProblem(path, "must be text"));
			return null;
		}
		String text = node.textValue();
		if (pattern != null && !REGEXES.computeIfAbsent(pattern.regex(), java.util.regex.Pattern::compile)
			.matcher(text)
			.matches()) {
			boolean quote = pattern.echoValue() && QUOTABLE.matcher(text).matches();
			problems.add(new InputProblem(path, (quote ? "'" + text + "' " : "") + pattern.message()));
			return null;
		}
		return text;
	}

	/**
	 * A birth date after the legal date cannot be right (SPEC 8); age is computed at that
	 * date.
	 */
	private void checkBirthDate(CaseRequest request, List<InputProblem> problems) {
		LocalDate requested = request.requestedLegalDate();
		LocalDate legalDate = (requested != null) ? requested : LocalDate.now(this.clock);
		if (request.person().birthDate().isAfter(legalDate)) {
			problems.add(new InputProblem("$.person.birthDate", "is after the legal date " + legalDate));
		}
	}

	private static String unknownField(String name, RecordComponent[] components) {
		List<String> allowed = Arrays.stream(components).map(RecordComponent::getName).toList();
		String nearest = Nearest.to(name, allowed);
		return "is not a known field" + ((nearest != null) ? "; did you mean " + nearest + "?" : "") + " Allowed: "
				+ String.join(", ", allowed);
	}

	/** {@code $.person.nik}; a field name that is not a plain word is not quoted back. */
	private static String child(String path, String name) {
		return path + (PLAIN_NAME.matcher(name).matches() ? "." + name : "['?']");
	}

	private static Object construct(Class<?> type, Constructor<?> constructor, Object[] values) {
		try {
			return constructor.newInstance(values);
		}
		catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot build " + type.getSimpleName(), ex);
		}
	}

}
