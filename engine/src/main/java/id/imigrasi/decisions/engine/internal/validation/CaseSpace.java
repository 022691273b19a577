package id.imigrasi.decisions.engine.internal.validation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.model.CaseFacts;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.model.PassportApplicationFacts;
import id.imigrasi.decisions.model.request.Required;

/**
 * The finite set of cases that matter for a group of rows. Rows compare properties only
 * with the constants and thresholds written in their cells, so each property needs only
 * those values, one value no cell names, and "not given" where the request may omit it; a
 * collection needs only "has / has not" each element a cell names. Enumerating these is
 * exact: a case found here is a real case, and no case is missed.
 */
public final class CaseSpace {

	/** Dimension standing for the service a case belongs to (referral table). */
	public static final String SERVICE = "service";

	/** More cases than this are not enumerated (the analysis says so). */
	static final long LIMIT = 2_000_000;

	/** One choice of a value for each dimension. */
	public static final class Case {

		private final Map<String, Object> values;

		Case(Map<String, Object> values) {
			this.values = values;
		}

		Object get(String dimension) {
			return this.values.get(dimension);
		}

		Map<String, Object> values() {
			return this.values;
		}

	}

	/** Thrown when a group of rows spans too many cases to enumerate. */
	static final class TooLarge extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooLarge(long size) {
			super(size + " cases");
		}

	}

	private final Map<String, FactCatalog.Property> properties;

	private final Map<String, Set<Object>> mentioned;

	/** For each country, the lists it is on at any date (lists.xlsx). */
	private final Map<String, Set<String>> listsOfCountry;

	public CaseSpace(Map<String, FactCatalog.Property> properties, Collection<Expr> conditions,
			Map<String, Set<String>> listsOfCountry) {
		this.properties = properties;
		this.mentioned = new HashMap<>();
		this.listsOfCountry = listsOfCountry;
		conditions.forEach(this::collectLiterals);
	}

	public static String membership(String collection, String element) {
		return collection + ":" + element;
	}

	/**
	 * Whether a property's values can be enumerated: yes/no, enums, whole numbers and
	 * strings compared for equality. Dates and collections compared whole cannot.
	 */
	public static boolean enumerable(FactCatalog.Property property) {
		Class<?> type = property.type();
		return type == boolean.class || type == Boolean.class || type.isEnum() || type == int.class
				|| type == Integer.class || type == String.class;
	}

	/** The values a dimension takes; {@code null} stands for "not given". */
	public List<Object> candidates(String dimension) {
		if (dimension.contains(":")) {
			return List.of(true, false);
		}
		if (dimension.equals(SERVICE)) {
			return List.of("PASSPORT_APPLICATION", "DEPARTURE");
		}
		FactCatalog.Property property = this.properties.get(dimension);
		Class<?> type = property.type();
		Set<Object> named = this.mentioned.getOrDefault(dimension, Set.of());
		List<Object> values = new ArrayList<>();
		if (type == boolean.class || type == Boolean.class) {
			values.addAll(List.of(true, false));
		}
		else if (type.isEnum()) {
			List<String> constants = Arrays.stream(type.getEnumConstants()).map((e) -> ((Enum<?>) e).name()).toList();
			constants.stream().filter(named::contains).forEach(values::add);
			constants.stream().filter((c) -> !named.contains(c)).findFirst().ifPresent(values::add);
		}
		else if (type == int.class || type == Integer.class) {
			Set<Integer> numbers = new TreeSet<>();
			named.stream().filter(Integer.class::isInstance).map(Integer.class::cast).forEach((t) -> {
				numbers.add(Math.max(0, t - 1));
				numbers.add(t);
			});
			values.addAll(numbers.isEmpty() ? Set.of(30) : numbers);
		}
		else {
			values.addAll(named);
			values.add("(another value)");
		}
		if (!type.isPrimitive() && optional(property)) {
			values.add(null);
		}
		return values;
	}

	/**
	 * The first consistent case over the dimensions for which the test holds, or null.
	 */
	Case find(Collection<String> dimensions, Predicate<Case> test) {
		List<Case> found = search(dimensions, test, 1);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Up to {@code max} consistent cases for which the test holds. */
	List<Case> search(Collection<String> dimensions, Predicate<Case> test, int max) {
		List<String> dims = new ArrayList<>(new TreeSet<>(dimensions));
		List<List<Object>> choices = dims.stream().map(this::candidates).toList();
		long size = 1;
		for (List<Object> choice : choices) {
			size *= choice.size();
			if (size > LIMIT) {
				throw new TooLarge(size);
			}
		}
		List<Case> found = new ArrayList<>();
		int[] index = new int[dims.size()];
		for (long n = 0; n < size; n++) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (int d = 0; d < dims.size(); d++) {
				values.put(dims.get(d), choices.get(d).get(index[d]));
			}
			Case c = new Case(values);
			if (consistent(c) && test.test(c)) {
				found.add(c);
				if (found.size() >= max) {
					return found;
				}
			}
			for (int d = dims.size() - 1; d >= 0; d--) {
				if (++index[d] < choices.get(d).size()) {
					break;
				}
				index[d] = 0;
			}
		}
		return found;
	}

	/**
	 * Whether the case could come from a real request. The facts are not independent:
	 * answers of an interview exist only if there was one ({@code interviewed}), a job
	 * sector only with a job offer; and CaseFacts puts the destination's lists, and the
	 * lists of every route country, into {@code routeLists}.
	 */
	boolean consistent(Case c) {
		for (Map.Entry<String, Object> entry : c.values().entrySet()) {
			String dimension = entry.getKey();
			FactCatalog.Property property = this.properties.get(dimension);
			if (property == null || !(entry.getValue() instanceof Boolean present) || present
					|| !isPresenceFlag(property)) {
				continue;
			}
			String prefix = property.path().derivedFrom()[0] + ".";
			for (Map.Entry<String, Object> other : c.values().entrySet()) {
				FactCatalog.Property inner = this.properties.get(other.getKey());
				if (inner != null && inner != property && sources(inner).stream().allMatch((s) -> s.startsWith(prefix))
						&& !isAbsent(inner, other.getValue())) {
					return false;
				}
			}
		}
		for (Map.Entry<String, Object> entry : c.values().entrySet()) {
			String dimension = entry.getKey();
			if (!Boolean.TRUE.equals(entry.getValue())) {
				continue;
			}
			if (dimension.startsWith("destinationLists:")) {
				String list = dimension.substring("destinationLists:".length());
				if (Boolean.FALSE.equals(c.get(membership("routeLists", list)))) {
					return false;
				}
			}
			if (dimension.startsWith("routeCountries:")) {
				String country = dimension.substring("routeCountries:".length());
				for (String list : this.listsOfCountry.getOrDefault(country, Set.of())) {
					if (Boolean.FALSE.equals(c.get(membership("routeLists", list)))) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/**
	 * The value a property has when its part of the request is missing: false for a
	 * primitive yes/no ("not established"), null otherwise (an unanswered question).
	 */
	private static boolean isAbsent(FactCatalog.Property property, Object value) {
		return (property.type() == boolean.class) ? Boolean.FALSE.equals(value) : value == null;
	}

	/** A yes/no fact saying whether an optional part of the request is there. */
	private static boolean isPresenceFlag(FactCatalog.Property property) {
		return (property.type() == boolean.class) && property.path().derivedFrom().length == 1;
	}

	private static List<String> sources(FactCatalog.Property property) {
		String[] derived = property.path().derivedFrom();
		return (derived.length > 0) ? List.of(derived) : List.of(property.path().value());
	}

	/**
	 * Whether a request may leave the property out: some part of its JSON path is not
	 * {@link Required} in a request type that has it.
	 */
	public static boolean optional(FactCatalog.Property property) {
		if (property.path().derivedFrom().length > 0) {
			return false;
		}
		Class<?> owner = property.getter().getDeclaringClass();
		List<Class<?>> roots = new ArrayList<>();
		if (owner == CaseFacts.class || owner == PassportApplicationFacts.class) {
			roots.add(PassportApplication.class);
		}
		if (owner == CaseFacts.class || owner == DepartureFacts.class) {
			roots.add(Departure.class);
		}
		for (Class<?> root : roots) {
			Class<?> type = root;
			for (String segment : property.path().value().split("\\.")) {
				RecordComponent component = (type != null && type.isRecord())
						? Arrays.stream(type.getRecordComponents())
							.filter((rc) -> rc.getName().equals(segment))
							.findFirst()
							.orElse(null)
						: null;
				if (component == null) {
					break;
				}
				if (!component.isAnnotationPresent(Required.class)) {
					return true;
				}
				type = component.getType();
			}
		}
		return false;
	}

	private void collectLiterals(Expr expr) {
		if (expr instanceof Expr.Compare compare) {
			note(compare.left(), compare.right());
			note(compare.right(), compare.left());
			collectLiterals(compare.left());
			collectLiterals(compare.right());
		}
		else if (expr instanceof Expr.Junction junction) {
			junction.parts().forEach(this::collectLiterals);
		}
	}

	private void note(Expr property, Expr literal) {
		if (property instanceof Expr.Property p && literal instanceof Expr.Literal l && l.value() != null) {
			this.mentioned.computeIfAbsent(p.name(), (k) -> new LinkedHashSet<>()).add(l.value());
		}
	}

	/** A case in plain words, dimension by dimension. */
	static String describe(Case c) {
		return describe(c, false);
	}

	/** The case in words, in English or (for the Indonesian message) Bahasa Indonesia. */
	static String describe(Case c, boolean indonesian) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Object> entry : c.values().entrySet()) {
			String dimension = entry.getKey();
			Object value = entry.getValue();
			boolean yes = Boolean.TRUE.equals(value);
			int colon = dimension.indexOf(':');
			if (colon > 0) {
				String collection = dimension.substring(0, colon);
				String element = dimension.substring(colon + 1);
				if (collection.equals(ConditionParser.FIRED_RULES)) {
					parts.add(element + (indonesian ? (yes ? " berlaku" : " tidak berlaku")
							: (yes ? " applies" : " does not apply")));
				}
				else {
					parts.add(collection
							+ (indonesian ? (yes ? " memuat " : " tanpa ") : (yes ? " includes " : " without "))
							+ element);
				}
			}
			else {
				parts.add(
						dimension + "=" + ((value != null) ? value : (indonesian ? "(tidak dikirim)" : "(not given)")));
			}
		}
		return String.join(", ", parts);
	}

}
