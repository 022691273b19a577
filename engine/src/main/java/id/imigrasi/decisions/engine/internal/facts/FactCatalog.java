package id.imigrasi.decisions.engine.internal.facts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import id.imigrasi.decisions.model.FactPath;
import id.imigrasi.decisions.model.RowMatch;

/**
 * The properties decision-table conditions can read on each fact type, found through
 * their {@link FactPath} annotations: what a condition template may name, and how the
 * explanation shows it.
 */
public final class FactCatalog {

	/** The packages the tables import: the facts, and the request's vocabulary. */
	static final List<String> MODEL_PACKAGES = List.of("id.imigrasi.decisions.model",
			"id.imigrasi.decisions.model.request");

	/** One readable property. */
	public record Property(String name, FactPath path, Method getter) {

		public Object read(Object fact) {
			try {
				return this.getter.invoke(fact);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + this.name + " of " + fact.getClass().getSimpleName(),
						ex);
			}
		}

		public Class<?> type() {
			return this.getter.getReturnType();
		}

	}

	private static final Map<Class<?>, Map<String, Property>> CACHE = new ConcurrentHashMap<>();

	private FactCatalog() {
	}

	/** Properties of a fact type, by the name a template uses ({@code intendsToWork}). */
	public static Map<String, Property> properties(Class<?> type) {
		return CACHE.computeIfAbsent(type, FactCatalog::scan);
	}

	/**
	 * The model type a cell names, e.g. {@code DepartureFacts} in a pattern or
	 * {@code Purpose} in {@code Purpose.WORK}; null if unknown.
	 */
	public static Class<?> factType(String simpleName) {
		if (simpleName == null || simpleName.isBlank()) {
			return null;
		}
		for (String pkg : MODEL_PACKAGES) {
			try {
				return Class.forName(pkg + "." + simpleName.trim());
			}
			catch (ClassNotFoundException ex) {
				// try the next package
			}
		}
		return null;
	}

	/**
	 * The properties a condition template reads: every identifier in it that is a
	 * property of the pattern's fact type, in the order they appear.
	 */
	public static List<Property> readBy(String template, Class<?> type) {
		if (template == null || type == null) {
			return List.of();
		}
		Map<String, Property> properties = properties(type);
		Map<String, Property> read = new LinkedHashMap<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![.\\w])([a-z]\\w*)").matcher(template);
		while (m.find()) {
			Property property = properties.get(m.group(1));
			if (property != null) {
				read.putIfAbsent(property.name(), property);
			}
		}
		return List.copyOf(read.values());
	}

	/** Names of all properties of a type, sorted, for messages. */
	public static Collection<String> names(Class<?> type) {
		return new TreeSet<>(properties(type).keySet());
	}

	private static Map<String, Property> scan(Class<?> type) {
		Map<String, Property> properties = new LinkedHashMap<>();
		if (type == RowMatch.class) {
			return properties;
		}
		for (Method method : type.getMethods()) {
			FactPath path = method.getAnnotation(FactPath.class);
			if (path == null || method.getParameterCount() != 0) {
				continue;
			}
			String name = method.getName();
			name = name.startsWith("is") ? name.substring(2) : name.substring(3);
			name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
			properties.put(name, new Property(name, path, method));
		}
		return Map.copyOf(properties);
	}

}
