package id.imigrasi.decisions.service.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Nearest;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.request.Pattern;
import id.imigrasi.decisions.model.request.PersonalData;
import id.imigrasi.decisions.model.request.Required;
import id.imigrasi.decisions.service.system.InputProblem;

/**
 * Reads a decision request strictly (SPEC 3 and 8) and reports every problem at once,
 * each with its JSON path: an unknown field, a missing required field, a value outside
 * its enum, a malformed date or NIK, a birth date after the legal date, a date outside
 * the range the rules cover. Nothing is defaulted: a misspelt fact must never silently
 * change a decision. The API and the trainers' scenario runner both read requests here,
 * so a scenario cannot say what the API would refuse.
 *
 * <p>
 * An error quotes a value only when it is a near miss of an allowed enum name (a typo
 * such as {@code UMROH}) outside personal data: never free text, never digits, never a
 * value of a {@link PersonalData} field (a name sent in the wrong field is still a name).
 */
public final class RequestReader {

	/**
	 * UU 6/2011 (Keimigrasian) took effect on this day; the tables hold no rule before
	 * it, so a legal date before it would be answered by rules that did not exist.
	 */
	public static final LocalDate EARLIEST_LEGAL_DATE = LocalDate.of(2011, 5, 5);

	/** How far ahead a legal date may be: a year from today in Asia/Jakarta. */
	public static final Period LEGAL_DATE_AHEAD = Period.ofYears(1);

	/** No one alive was born before. */
	public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/** The longest text a request field may hold (identifiers, names, places). */
	public static final int MAX_TEXT = 200;

	private static final java.util.regex.Pattern QUOTABLE = java.util.regex.Pattern.compile("[A-Za-z_]{1,40}");

	private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern
		.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

	private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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

	/**
	 * A request record: its components, their names, types, annotations and paths below
	 * the record, and its constructor.
	 */
	private record Shape(RecordComponent[] components, List<String> names, Set<String> known, Type[] types,
			boolean[] required, Pattern[] patterns, boolean[] personal, boolean personalRecord, String[] segments,
			Constructor<?> constructor) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			int n = components.length;
			Type[] types = new Type[n];
			boolean[] required = new boolean[n];
			Pattern[] patterns = new Pattern[n];
			boolean[] personal = new boolean[n];
			String[] segments = new String[n];
			Class<?>[] raw = new Class<?>[n];
			for (int i = 0; i < n; i++) {
				types[i] = components[i].getGenericType();
				required[i] = components[i].isAnnotationPresent(Required.class);
				patterns[i] = components[i].getAnnotation(Pattern.class);
				personal[i] = components[i].isAnnotationPresent(PersonalData.class);
				segments[i] = child("", components[i].getName());
				raw[i] = components[i].getType();
			}
			List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
			try {
				return new Shape(components, names, Set.copyOf(names), types, required, patterns, personal,
						type.isAnnotationPresent(PersonalData.class), segments, type.getDeclaredConstructor(raw));
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
		CaseRequest request = (CaseRequest) readRecord(body, service.requestType(), "$", false, problems);
		if (request != null) {
			checkDates(service, request, problems);
		}
		return new ReadResult(service, problems.isEmpty() ? request : null, problems);
	}

	private Object readRecord(JsonNode node, Class<?> type, String path, boolean personal,
			List<InputProblem> problems) {
		if (node == null || !node.isObject()) {
			problems.add(new InputProblem(path, "must be a JSON object"));
			return null;
		}
		Shape shape = SHAPES.get(type);
		boolean personalRecord = personal || shape.personalRecord();
		RecordComponent[] components = shape.components();
		List<String> names = shape.names();
		Set<String> known = shape.known();
		int before = problems.size();
		for (Iterator<String> given = node.fieldNames(); given.hasNext();) {
			String name = given.next();
			if (!known.contains(name)) {
				String nearest = (name.length() <= 64) ? Nearest.to(name, names) : null;
				// Only a near miss of a field name is quoted (a typo): a key may be
				// anything,
				// a name or a NIK included.
				String at = (nearest != null) ? child(path, name) : path + "['?']";
				problems.add(new InputProblem(at, unknownField(nearest, components)));
			}
		}
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			JsonNode value = node.get(component.getName());
			String at = path + shape.segments()[i];
			if (value == null || value.isNull()) {
				if (shape.required()[i]) {
					problems.add(new InputProblem(at, "is required"));
				}
				continue;
			}
			values[i] = readValue(value, shape.types()[i], shape.patterns()[i], at,
					personalRecord || shape.personal()[i], problems);
		}
		return (problems.size() == before) ? construct(type, shape.constructor(), values) : null;
	}

	private Object readValue(JsonNode node, Type type, Pattern pattern, String path, boolean personal,
			List<InputProblem> problems) {
		if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
			return readList(node, list.getActualTypeArguments()[0], pattern, path, personal, problems);
		}
		Class<?> raw = (Class<?>) type;
		if (raw.isRecord()) {
			return readRecord(node, raw, path, personal, problems);
		}
		if (raw.isEnum()) {
			return readEnum(node, raw, path, personal, problems);
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

	private List<Object> readList(JsonNode node, Type elementType, Pattern pattern, String path, boolean personal,
			List<InputProblem> problems) {
		if (!node.isArray()) {
			problems.add(new InputProblem(path, "must be a JSON array"));
			return null;
		}
		List<Object> values = new ArrayList<>(node.size());
		for (int i = 0; i < node.size(); i++) {
			values.add(readValue(node.get(i), elementType, pattern, path + "[" + i + "]", personal, problems));
		}
		return values;
	}

	private Object readEnum(JsonNode node, Class<?> type, String path, boolean personal, List<InputProblem> problems) {
		List<String> allowed = ENUM_NAMES.get(type);
		if (node.isTextual() && allowed.contains(node.textValue())) {
			for (Object constant : type.getEnumConstants()) {
				if (((Enum<?>) constant).name().equals(node.textValue())) {
					return constant;
				}
			}
		}
		String given = node.isTextual() ? node.textValue() : null;
		int longest = allowed.stream().mapToInt(String::length).max().orElse(0);
		String nearest = (given != null && given.length() <= longest + 2) ? Nearest.to(given, allowed) : null;
		// A near miss of an allowed name is a typo, not personal data; anything else
		// could be a name sent in the wrong field.
		boolean quote = !personal && nearest != null && given.length() <= longest && QUOTABLE.matcher(given).matches();
		StringBuilder message = new StringBuilder(quote ? "'" + given + "' is not allowed" : "is not an allowed value");
		if (nearest != null) {
			message.append("; did you mean ").append(nearest).append('?');
		}
		message.append(" Allowed: ").append(String.join(", ", allowed));
		problems.add(new InputProblem(path, message.toString()));
		return null;
	}

	private Object readDate(JsonNode node, String path, List<InputProblem> problems) {
		// Four-digit years only: ISO-8601 also allows -999999999-01-01 and +10000-01-01.
		if (node.isTextual() && ISO_DATE.matcher(node.textValue()).matches()) {
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
		if (text.length() > MAX_TEXT) {
			problems.add(new InputProblem(path, "must be at most " + MAX_TEXT + " characters"));
			return null;
		}
		if (pattern != null && !REGEXES.computeIfAbsent(pattern.regex(), java.util.regex.Pattern::compile)
			.matcher(text)
			.matches()) {
			problems.add(new InputProblem(path, pattern.message()));
			return null;
		}
		return text;
	}

	/**
	 * The legal date within the years the rules cover, and a birth date that can be
	 * right: after 1900, not after the legal date (SPEC 8; age is computed at that date).
	 */
	private void checkDates(DecisionService service, CaseRequest request, List<InputProblem> problems) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate latest = today.plus(LEGAL_DATE_AHEAD);
		LocalDate requested = request.requestedLegalDate();
		if (requested != null && (requested.isBefore(EARLIEST_LEGAL_DATE) || requested.isAfter(latest))) {
			problems.add(new InputProblem("$." + service.legalDateField(),
					"must be from " + EARLIEST_LEGAL_DATE
							+ " (UU 6/2011 took effect; the rules hold nothing earlier) to " + latest
							+ " (a year from today in Asia/Jakarta)"));
			return;
		}
		LocalDate legalDate = (requested != null) ? requested : today;
		LocalDate birthDate = request.person().birthDate();
		if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
			problems.add(new InputProblem("$.person.birthDate", "must be on or after " + EARLIEST_BIRTH_DATE));
		}
		else if (birthDate.isAfter(legalDate)) {
			problems.add(new InputProblem("$.person.birthDate", "is after the legal date " + legalDate));
		}
	}

	private static String unknownField(String nearest, RecordComponent[] components) {
		List<String> allowed = Arrays.stream(components).map(RecordComponent::getName).toList();
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
