package id.imigrasi.decisions.engine.internal.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * Countries by the classes the conditions tell apart: which lists of lists.xlsx a country
 * is on at the legal date, and the countries a cell names. A case chooses whether the
 * destination, and the route, is on each list and passes each named country; not every
 * choice is a real route (before 2017-02-24 no country is on the risk list), so the
 * choices are checked against real countries, and a case is written out with a real
 * destination and transit countries that make its choices true.
 */
final class Countries {

	/** Paths of the facts computed from the destination and the transit countries. */
	static final Set<String> PATHS = Set.of("routeCountries", "destinationLists", "routeLists", "destinationCountry");

	/** The value of a string fact no cell names. */
	static final String ANOTHER = "(another value)";

	/** A real destination and transit countries. */
	record Route(String destination, List<String> transits) {
	}

	private final List<Dim> dims;

	private final List<Object[]> vectors = new ArrayList<>();

	private final List<Route> routes = new ArrayList<>();

	private final Route baseline;

	Countries(ReferenceLists lists, DecisionService service, LocalDate date, List<Dim> dims,
			String baselineDestination) {
		this.dims = List.copyOf(dims);
		this.baseline = new Route(baselineDestination, List.of());
		Set<String> named = new TreeSet<>();
		for (Dim dim : dims) {
			if (dim.path().equals("routeCountries")) {
				named.add(dim.element());
			}
			else if (dim.path().equals("destinationCountry")) {
				dim.values()
					.stream()
					.filter((v) -> v instanceof String s && !s.equals(ANOTHER))
					.forEach((v) -> named.add((String) v));
			}
		}
		// One country per class: the lists it is on that day, or itself if a cell names
		// it.
		Map<String, String> classes = new LinkedHashMap<>();
		classes.put("[]", baselineDestination);
		for (String country : new TreeSet<>(countriesOf(lists))) {
			String key = named.contains(country) ? country : lists.listsOf(country, date).toString();
			classes.putIfAbsent(key, country);
		}
		named.forEach((country) -> classes.put(country, country));
		List<String> representatives = new ArrayList<>(new LinkedHashSet<>(classes.values()));
		List<String> destinations = new ArrayList<>(representatives);
		if (service == DecisionService.PASSPORT_APPLICATION) {
			destinations.add(null);
		}
		List<List<String>> transitSets = new ArrayList<>();
		transitSets.add(List.of());
		if (service == DecisionService.DEPARTURE) {
			for (int a = 0; a < representatives.size(); a++) {
				transitSets.add(List.of(representatives.get(a)));
				for (int b = a + 1; b < representatives.size(); b++) {
					transitSets.add(List.of(representatives.get(a), representatives.get(b)));
					for (int c = b + 1; c < representatives.size(); c++) {
						transitSets
							.add(List.of(representatives.get(a), representatives.get(b), representatives.get(c)));
					}
				}
			}
		}
		Map<String, Route> seen = new TreeMap<>();
		for (String destination : destinations) {
			for (List<String> transits : transitSets) {
				Route route = new Route(destination, transits);
				Object[] vector = vector(lists, date, route);
				if (seen.putIfAbsent(Arrays.deepToString(vector), route) == null) {
					this.vectors.add(vector);
					this.routes.add(route);
				}
			}
		}
		this.lists = lists;
		this.date = date;
	}

	private final ReferenceLists lists;

	private final LocalDate date;

	private static Set<String> countriesOf(ReferenceLists lists) {
		Set<String> countries = new TreeSet<>();
		lists.countries().forEach((entry) -> {
			if (entry.country() != null) {
				countries.add(entry.country());
			}
		});
		return countries;
	}

	private Object[] vector(ReferenceLists lists, LocalDate date, Route route) {
		Object[] vector = new Object[this.dims.size()];
		Set<String> countries = new LinkedHashSet<>();
		if (route.destination() != null) {
			countries.add(route.destination());
		}
		countries.addAll(route.transits());
		Set<String> destinationLists = (route.destination() != null) ? lists.listsOf(route.destination(), date)
				: Set.of();
		Set<String> routeLists = new TreeSet<>();
		countries.forEach((country) -> routeLists.addAll(lists.listsOf(country, date)));
		for (int i = 0; i < vector.length; i++) {
			Dim dim = this.dims.get(i);
			vector[i] = switch (dim.path()) {
				case "routeCountries" -> countries.contains(dim.element());
				case "destinationLists" -> destinationLists.contains(dim.element());
				case "routeLists" -> routeLists.contains(dim.element());
				default -> (route.destination() == null) ? null
						: dim.values().contains(route.destination()) ? route.destination() : ANOTHER;
			};
		}
		return vector;
	}

	/** Whether some real route agrees with every country fact the case has chosen. */
	boolean feasible(Object[] world) {
		for (Object[] vector : this.vectors) {
			if (agrees(vector, world)) {
				return true;
			}
		}
		return false;
	}

	/** A real route for a case, the baseline's if it agrees. */
	Route route(Object[] world) {
		if (agrees(vector(this.lists, this.date, this.baseline), world)) {
			return this.baseline;
		}
		for (int i = 0; i < this.vectors.size(); i++) {
			if (agrees(this.vectors.get(i), world)) {
				return this.routes.get(i);
			}
		}
		return null;
	}

	private boolean agrees(Object[] vector, Object[] world) {
		for (int i = 0; i < vector.length; i++) {
			Object chosen = world[this.dims.get(i).index()];
			if (chosen != Node.UNASSIGNED && !Objects.equals(chosen, vector[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A real country on no list and named by no cell, preferably FR, for the baseline.
	 */
	static String unlisted(ReferenceLists lists, Set<String> named) {
		Set<String> listed = countriesOf(lists);
		if (!listed.contains("FR") && !named.contains("FR")) {
			return "FR";
		}
		for (String code : new TreeSet<>(Arrays.asList(Locale.getISOCountries()))) {
			if (!listed.contains(code) && !named.contains(code)) {
				return code;
			}
		}
		throw new IllegalStateException("Every country is on a list");
	}

}
