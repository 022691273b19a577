package id.imigrasi.decisions.engine.internal.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.validation.CaseSpace;
import id.imigrasi.decisions.engine.internal.validation.ConditionParser;
import id.imigrasi.decisions.engine.internal.validation.Expr;
import id.imigrasi.decisions.model.CaseFacts;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.PassportApplicationFacts;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * The case space of one service on one legal date: the rows in force, each compiled
 * against the dimensions their conditions read (and those the properties read), in the
 * order Drools can fire them (a referral row after the rows it waits for), what makes a
 * case real (answers need an interview, a route needs real countries), and the baseline
 * case every counterexample starts from. Evaluates a case, partial or complete, in
 * three-valued logic: which rows surely fire, surely do not, or may.
 */
final class Space {

	/** A row in force, compiled. */
	record ModelRow(TableModel.Row row, int rule, Node[] conditions, BitSet dims, BitSet fired) {
	}

	/** The tables cannot be modelled for this service and date; said, never guessed. */
	static final class CannotModel extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CannotModel(String message) {
			super(message);
		}

	}

	/** A fact that may be given only with another part of the request (an interview). */
	private record Presence(int flag, int[] dependents, Object[] absent) {
	}

	private final DecisionService service;

	private final LocalDate date;

	private final List<Dim> dims;

	private final Map<String, Integer> dimIndex;

	private final List<ModelRow> rows;

	private final List<String> ruleIds;

	private final Map<String, Integer> ruleIndex;

	private final List<Presence> presence;

	private final Countries countries;

	private final ObjectNode baselineJson;

	private final Map<String, String> borderPosts;

	private final BitSet[] cones;

	private Space(DecisionService service, LocalDate date, List<Dim> dims, List<ModelRow> rows, List<String> ruleIds,
			List<Presence> presence, Countries countries, ObjectNode baselineJson, Map<String, String> borderPosts) {
		this.service = service;
		this.date = date;
		this.dims = List.copyOf(dims);
		this.dimIndex = new HashMap<>();
		dims.forEach((d) -> this.dimIndex.put(d.name(), d.index()));
		this.rows = List.copyOf(rows);
		this.ruleIds = List.copyOf(ruleIds);
		this.ruleIndex = new HashMap<>();
		for (int i = 0; i < ruleIds.size(); i++) {
			this.ruleIndex.put(ruleIds.get(i), i);
		}
		this.presence = List.copyOf(presence);
		this.countries = countries;
		this.baselineJson = baselineJson;
		this.borderPosts = Map.copyOf(borderPosts);
		this.cones = new BitSet[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			BitSet cone = (BitSet) rows.get(i).dims().clone();
			BitSet fired = rows.get(i).fired();
			for (int j = 0; j < i; j++) {
				if (fired.get(rows.get(j).rule())) {
					cone.or(this.cones[j]);
				}
			}
			this.cones[i] = cone;
		}
	}

	/**
	 * The space of a service on a date.
	 * @param extra conditions the properties read, so that their facts and thresholds are
	 * dimensions and values too
	 */
	static Space build(TableModel model, DecisionService service, LocalDate date, Collection<Expr> extra) {
		List<TableModel.Row> inForce = new ArrayList<>();
		for (TableModel.Row row : model.rows()) {
			if (row.appliesOn(date) && row.readsService(service)) {
				if (row.cannotModel() != null) {
					throw new CannotModel("row " + row.label() + ": " + row.cannotModel());
				}
				inForce.add(row);
			}
		}
		List<String> ruleIds = order(inForce);
		Map<String, Integer> rules = new HashMap<>();
		for (int i = 0; i < ruleIds.size(); i++) {
			rules.put(ruleIds.get(i), i);
		}
		List<Expr> expressions = new ArrayList<>();
		inForce.forEach((row) -> expressions.addAll(row.conditions()));
		expressions.addAll(extra);
		Set<String> names = new TreeSet<>();
		expressions.forEach((e) -> e.dimensions(names));
		names.removeIf((n) -> n.startsWith(ConditionParser.FIRED_RULES + ":") || n.equals(CaseSpace.SERVICE));
		Map<String, FactCatalog.Property> properties = Facts.of(service);
		ReferenceLists lists = model.lists();
		Map<String, Set<String>> listsOfCountry = new HashMap<>();
		lists.countries()
			.forEach((c) -> listsOfCountry.computeIfAbsent(c.country(), (k) -> new TreeSet<>()).add(c.list()));
		CaseSpace candidates = new CaseSpace(properties, expressions, listsOfCountry);
		Map<String, Set<Object>> named = Literals.of(expressions);
		Set<String> namedCountries = new TreeSet<>();
		for (String name : names) {
			if (name.startsWith("routeCountries:")) {
				namedCountries.add(name.substring(name.indexOf(':') + 1));
			}
		}
		named.getOrDefault("destinationCountry", Set.of()).forEach((c) -> namedCountries.add(String.valueOf(c)));
		String destination = Countries.unlisted(lists, namedCountries);
		ObjectNode baselineJson = Requests.baseline(service, date, destination);
		CaseFacts facts = facts(service, Requests.toRequest(service, baselineJson), date, lists);
		List<Dim> dims = new ArrayList<>();
		for (String name : names) {
			int colon = name.indexOf(':');
			String propertyName = (colon > 0) ? name.substring(0, colon) : name;
			FactCatalog.Property property = properties.get(propertyName);
			if (property == null) {
				throw new CannotModel("the fact " + propertyName + " is not one of " + service.path());
			}
			String element = (colon > 0) ? name.substring(colon + 1) : null;
			List<Object> values = new ArrayList<>(candidates.candidates(name));
			Object baseline = representative(property, element, values, named.getOrDefault(name, Set.of()), facts);
			values.remove(baseline);
			values.add(0, baseline);
			dims.add(new Dim(dims.size(), name, property, element, java.util.Collections.unmodifiableList(values),
					baseline));
		}
		Map<String, Integer> dimIndex = new HashMap<>();
		dims.forEach((d) -> dimIndex.put(d.name(), d.index()));
		List<ModelRow> rows = new ArrayList<>();
		for (String ruleId : ruleIds) {
			for (TableModel.Row row : inForce) {
				if (row.ruleId().equals(ruleId)) {
					Node[] nodes = new Node[row.conditions().size()];
					BitSet read = new BitSet();
					BitSet fired = new BitSet();
					for (int i = 0; i < nodes.length; i++) {
						Expr condition = row.conditions().get(i);
						nodes[i] = Node.compile(condition, dimIndex, rules);
						Set<String> dimensions = new TreeSet<>();
						condition.dimensions(dimensions);
						for (String dimension : dimensions) {
							if (dimension.startsWith(ConditionParser.FIRED_RULES + ":")) {
								Integer rule = rules.get(dimension.substring(dimension.indexOf(':') + 1));
								if (rule != null) {
									fired.set(rule);
								}
							}
							else if (dimIndex.containsKey(dimension)) {
								read.set(dimIndex.get(dimension));
							}
						}
					}
					rows.add(new ModelRow(row, rules.get(ruleId), nodes, read, fired));
				}
			}
		}
		List<Dim> countryDims = dims.stream().filter((d) -> Countries.PATHS.contains(d.path())).toList();
		Countries countries = countryDims.isEmpty() ? null
				: new Countries(lists, service, date, countryDims, destination);
		Map<String, String> borderPosts = new TreeMap<>();
		for (ReferenceLists.BorderPost post : lists.borderPosts()) {
			String neighbour = lists.landBorderNeighbour(post.code(), date);
			if (post.code() != null && neighbour != null) {
				borderPosts.putIfAbsent(post.code(), neighbour);
			}
		}
		return new Space(service, date, dims, rows, ruleIds, presence(dims), countries, baselineJson, borderPosts);
	}

	/**
	 * Rule IDs in an order Drools can fire them: a rule after every rule its
	 * {@code RowMatch} conditions wait for.
	 */
	private static List<String> order(List<TableModel.Row> rows) {
		Map<String, Set<String>> waitsFor = new LinkedHashMap<>();
		for (TableModel.Row row : rows) {
			Set<String> refs = waitsFor.computeIfAbsent(row.ruleId(), (k) -> new LinkedHashSet<>());
			Set<String> dimensions = new TreeSet<>();
			row.conditions().forEach((c) -> c.dimensions(dimensions));
			for (String dimension : dimensions) {
				if (dimension.startsWith(ConditionParser.FIRED_RULES + ":")) {
					refs.add(dimension.substring(dimension.indexOf(':') + 1));
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> done = new LinkedHashSet<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String rule : waitsFor.keySet()) {
			visit(rule, waitsFor, done, visiting, ordered);
		}
		return ordered;
	}

	private static void visit(String rule, Map<String, Set<String>> waitsFor, Set<String> done, Set<String> visiting,
			List<String> ordered) {
		if (done.contains(rule) || !waitsFor.containsKey(rule)) {
			return;
		}
		if (!visiting.add(rule)) {
			throw new CannotModel("rules wait for each other in a circle: " + String.join(" -> ", visiting));
		}
		for (String ref : waitsFor.get(rule)) {
			visit(ref, waitsFor, done, visiting, ordered);
		}
		visiting.remove(rule);
		done.add(rule);
		ordered.add(rule);
	}

	/** The facts of a request as the tables read them on a date. */
	static CaseFacts facts(DecisionService service, CaseRequest request, LocalDate date, ReferenceLists lists) {
		java.util.function.Function<String, Set<String>> listsOf = (country) -> lists.listsOf(country, date);
		return request.match((application) -> new PassportApplicationFacts(application, date, listsOf),
				(departure) -> new DepartureFacts(departure, date, listsOf,
						(checkpoint) -> lists.landBorderNeighbour(checkpoint, date)));
	}

	/** A dimension's value in a case, read from the facts. */
	static Object valueOf(FactCatalog.Property property, String element, CaseFacts facts) {
		Object value = property.read(facts);
		if (element != null) {
			if (!(value instanceof Collection<?> collection)) {
				return false;
			}
			return collection.stream().anyMatch((v) -> String.valueOf(v).equals(element));
		}
		return (value instanceof Enum<?> e) ? e.name() : value;
	}

	/** The candidate standing for the baseline's value: its class. */
	private static Object representative(FactCatalog.Property property, String element, List<Object> values,
			Set<Object> named, CaseFacts facts) {
		Object value = valueOf(property, element, facts);
		if (values.contains(value)) {
			return value;
		}
		if (value instanceof Integer number) {
			Integer best = null;
			Integer least = null;
			for (Object candidate : values) {
				if (candidate instanceof Integer c) {
					least = (least == null || c < least) ? c : least;
					if (c <= number && (best == null || c > best)) {
						best = c;
					}
				}
			}
			return (best != null) ? best : least;
		}
		for (Object candidate : values) {
			if (candidate != null && !named.contains(candidate)) {
				return candidate;
			}
		}
		throw new CannotModel("no value stands for " + property.path().value() + "=" + value);
	}

	private static List<Presence> presence(List<Dim> dims) {
		List<Presence> constraints = new ArrayList<>();
		for (Dim flag : dims) {
			if (flag.isMembership() || !Requests.isPresenceFlag(flag.property())) {
				continue;
			}
			String prefix = flag.property().path().derivedFrom()[0] + ".";
			List<Integer> dependents = new ArrayList<>();
			List<Object> absent = new ArrayList<>();
			for (Dim other : dims) {
				if (other == flag || other.property() == flag.property()) {
					continue;
				}
				String[] derived = other.property().path().derivedFrom();
				List<String> sources = (derived.length > 0) ? List.of(derived)
						: List.of(other.property().path().value());
				if (sources.stream().allMatch((s) -> s.startsWith(prefix))) {
					dependents.add(other.index());
					absent
						.add((other.isMembership() || other.property().type() == boolean.class) ? Boolean.FALSE : null);
				}
			}
			if (!dependents.isEmpty()) {
				constraints.add(new Presence(flag.index(), dependents.stream().mapToInt(Integer::intValue).toArray(),
						absent.toArray()));
			}
		}
		return constraints;
	}

	/**
	 * Whether the chosen facts can come from a real request: no answer without its
	 * interview, no route no real countries make.
	 */
	boolean consistent(Object[] world) {
		for (Presence constraint : this.presence) {
			if (Boolean.FALSE.equals(world[constraint.flag()])) {
				for (int i = 0; i < constraint.dependents().length; i++) {
					Object value = world[constraint.dependents()[i]];
					if (value != Node.UNASSIGNED && !Objects.equals(value, constraint.absent()[i])) {
						return false;
					}
				}
			}
		}
		return this.countries == null || this.countries.feasible(world);
	}

	/** Which rows and rules fire in a case, partial or complete. */
	void evaluate(Object[] world, Tri[] rowValues, Tri[] ruleValues) {
		java.util.Arrays.fill(ruleValues, Tri.FALSE);
		for (int i = 0; i < this.rows.size(); i++) {
			ModelRow row = this.rows.get(i);
			Tri value = Tri.TRUE;
			for (Node condition : row.conditions()) {
				value = value.and(condition.truth(world, ruleValues));
				if (value == Tri.FALSE) {
					break;
				}
			}
			rowValues[i] = value;
			ruleValues[row.rule()] = ruleValues[row.rule()].or(value);
		}
	}

	/** A case with no dimension chosen. */
	Object[] emptyWorld() {
		Object[] world = new Object[this.dims.size()];
		java.util.Arrays.fill(world, Node.UNASSIGNED);
		return world;
	}

	/** The baseline case, every dimension at the baseline's value. */
	Object[] baselineWorld() {
		Object[] world = new Object[this.dims.size()];
		for (Dim dim : this.dims) {
			world[dim.index()] = dim.baseline();
		}
		return world;
	}

	/** The dimensions a row reads, itself or through the rows it waits for. */
	BitSet cone(int row) {
		return this.cones[row];
	}

	/** Indexes of the rows whose firing may depend on a dimension. */
	List<Integer> rowsReading(int dim) {
		List<Integer> reading = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			if (this.cones[i].get(dim)) {
				reading.add(i);
			}
		}
		return reading;
	}

	/** Compiles a property's condition against this space. */
	Node compile(Expr expr) {
		Map<String, Integer> rules = new HashMap<>(this.ruleIndex);
		return Node.compile(expr, this.dimIndex, rules);
	}

	/** The dimensions an expression reads. */
	BitSet dimsOf(Expr expr) {
		Set<String> names = new TreeSet<>();
		expr.dimensions(names);
		BitSet bits = new BitSet();
		names.forEach((n) -> {
			Integer index = this.dimIndex.get(n);
			if (index != null) {
				bits.set(index);
			}
		});
		return bits;
	}

	/** Every rule's position, for reading rule values. */
	Integer rule(String ruleId) {
		return this.ruleIndex.get(ruleId);
	}

	Dim dim(String name) {
		Integer index = this.dimIndex.get(name);
		return (index != null) ? this.dims.get(index) : null;
	}

	DecisionService service() {
		return this.service;
	}

	LocalDate date() {
		return this.date;
	}

	List<Dim> dims() {
		return this.dims;
	}

	List<ModelRow> rows() {
		return this.rows;
	}

	List<String> ruleIds() {
		return this.ruleIds;
	}

	Countries countries() {
		return this.countries;
	}

	/**
	 * The land-border posts in force on the space's date: checkpoint code to the
	 * neighbouring country (lists.xlsx, Pos Lintas Batas).
	 */
	Map<String, String> borderPosts() {
		return this.borderPosts;
	}

	ObjectNode baselineJson() {
		return this.baselineJson;
	}

	/**
	 * The sources of the rows firing in a complete case, for the comparison with Drools.
	 */
	Set<String> firedSources(Object[] world) {
		Tri[] rowValues = new Tri[this.rows.size()];
		Tri[] ruleValues = new Tri[this.ruleIds.size()];
		evaluate(world, rowValues, ruleValues);
		Set<String> sources = new TreeSet<>();
		for (int i = 0; i < rowValues.length; i++) {
			if (rowValues[i] == Tri.TRUE) {
				sources.add(this.rows.get(i).row().source());
			}
		}
		return sources;
	}

	/** The case a request is, as values of this space's dimensions. */
	Object[] worldOf(CaseRequest request, ReferenceLists lists) {
		CaseFacts facts = facts(this.service, request, this.date, lists);
		Object[] world = new Object[this.dims.size()];
		for (Dim dim : this.dims) {
			Object value = valueOf(dim.property(), dim.element(), facts);
			world[dim.index()] = value;
		}
		return world;
	}

}
