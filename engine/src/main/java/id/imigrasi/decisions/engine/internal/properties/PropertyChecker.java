package id.imigrasi.decisions.engine.internal.properties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.PropertyResult;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.validation.Expr;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * Checks every property on a ruleset within a time budget: for each service and each
 * class of legal dates (between two dates where a row starts or ends, or a country joins
 * or leaves a list), the {@link Space} of that day is searched ({@link Search}) for a
 * case that breaks each clause, pair or indicator; the first case found is confirmed on
 * the engine and reported ({@link Concretizer}). Shipped properties come from the
 * engine's own resources; more may be given, and add to them.
 */
public final class PropertyChecker {

	/** The shipped properties, in the engine jar: an upload cannot switch them off. */
	static final List<String> SHIPPED = List.of("p-fair.yaml", "p-minor.yaml", "p-immediate.yaml", "p-mandatory.yaml",
			"p-cited.yaml", "p-monotone.yaml");

	private static final String SHIPPED_ROOT = "/id/imigrasi/decisions/engine/properties/";

	private final Ruleset ruleset;

	private final TableModel model;

	private final Budget budget;

	private final List<Problem> problems = new ArrayList<>();

	private final Concretizer concretizer;

	private final Map<DecisionService, List<Expr>> extra = new EnumMap<>(DecisionService.class);

	private final Map<String, Space> spaces = new HashMap<>();

	private PropertyChecker(Ruleset ruleset, TableModel model, Budget budget) {
		this.ruleset = ruleset;
		this.model = model;
		this.budget = budget;
		this.concretizer = new Concretizer(ruleset, model);
	}

	/**
	 * The shipped properties and the given files, read; problems for what cannot be read.
	 */
	public static List<Problem> read(Map<String, byte[]> files) {
		List<Problem> problems = new ArrayList<>();
		specs(files, problems);
		return problems;
	}

	static List<PropertySpec> specs(Map<String, byte[]> files, List<Problem> problems) {
		List<PropertySpec> specs = new ArrayList<>(shipped());
		Map<String, String> ids = new HashMap<>();
		specs.forEach((s) -> ids.put(s.id(), "engine"));
		for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
			for (PropertySpec spec : PropertyReader.read(file.getKey(), file.getValue(), problems)) {
				String taken = ids.putIfAbsent(spec.id(), file.getKey());
				if (taken != null) {
					String by = taken.equals("engine") ? "a property shipped in the engine, which cannot be replaced"
							: "the property of " + taken;
					String byId = taken.equals("engine") ? "properti bawaan mesin, yang tidak dapat diganti"
							: "properti di " + taken;
					problems.add(Problem.error(ProblemCode.PROPERTY_INVALID, file.getKey(),
							"The property ID " + spec.id() + " is " + by + "; give this property an ID of its own.",
							"ID properti " + spec.id() + " adalah " + byId + "; beri properti ini ID sendiri."));
					continue;
				}
				specs.add(spec);
			}
		}
		return specs;
	}

	/** The six properties of SPEC 2.7. */
	static List<PropertySpec> shipped() {
		List<Problem> problems = new ArrayList<>();
		List<PropertySpec> specs = new ArrayList<>();
		for (String name : SHIPPED) {
			try (InputStream in = PropertyChecker.class.getResourceAsStream(SHIPPED_ROOT + name)) {
				if (in == null) {
					throw new IllegalStateException("The engine jar lacks the shipped property " + name);
				}
				for (PropertySpec spec : PropertyReader.read(name, in.readAllBytes(), problems)) {
					specs.add(new PropertySpec(spec.id(), spec.title(), spec.basis(), "engine", spec.from(),
							spec.kind(), spec.clauses(), spec.variations(), spec.enforcement(), spec.indicators()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("A shipped property does not read: " + problems);
		}
		return specs;
	}

	/** Checks the shipped properties and the given ones on a ruleset. */
	public static PropertyReport check(Ruleset ruleset, Map<String, byte[]> files, Duration budget) {
		long start = System.nanoTime();
		List<Problem> problems = new ArrayList<>();
		List<PropertySpec> specs = specs(files, problems);
		PropertyChecker checker = new PropertyChecker(ruleset, TableModel.of(ruleset.workbooks()), new Budget(budget));
		checker.problems.addAll(problems);
		checker.prepare(specs);
		List<PropertyResult> results = new ArrayList<>();
		boolean outOfTime = false;
		for (PropertySpec spec : specs) {
			long started = System.nanoTime();
			long cases = checker.budget.cases();
			PropertyResult.Status status;
			List<Counterexample> found = new ArrayList<>();
			String note = null;
			if (outOfTime) {
				status = PropertyResult.Status.UNDECIDED;
				note = "not searched: the time budget was spent";
			}
			else {
				try {
					int before = checker.problems.size();
					checker.check(spec, found);
					boolean mismatch = checker.problems.subList(before, checker.problems.size())
						.stream()
						.anyMatch((p) -> p.code() == ProblemCode.PROPERTY_MODEL_MISMATCH
								|| p.code() == ProblemCode.PROPERTY_UNDECIDED);
					status = !found.isEmpty() ? PropertyResult.Status.VIOLATED
							: mismatch ? PropertyResult.Status.UNDECIDED : PropertyResult.Status.HOLDS;
				}
				catch (Budget.Exceeded ex) {
					outOfTime = true;
					status = PropertyResult.Status.UNDECIDED;
					note = "the time budget ran out during its search";
				}
			}
			if (status == PropertyResult.Status.UNDECIDED && note != null) {
				checker.problems.add(Problem.error(ProblemCode.PROPERTY_UNDECIDED, where(spec),
						spec.id() + " was not decided within the time budget of " + budget.toSeconds()
								+ " s; raise the budget (validate --time-budget SECONDS).",
						spec.id() + " tidak selesai diperiksa dalam batas waktu " + budget.toSeconds()
								+ " detik; naikkan batasnya (validate --time-budget DETIK)."));
			}
			results.add(new PropertyResult(spec.id(), spec.title(), spec.source(), status,
					checker.budget.cases() - cases, Duration.ofNanos(System.nanoTime() - started), found, note));
		}
		return new PropertyReport(results, checker.problems, checker.budget.cases(), checker.budget.combinations(),
				Duration.ofNanos(System.nanoTime() - start));
	}

	static String where(PropertySpec spec) {
		return spec.source().equals("engine") ? spec.id() : spec.source();
	}

	/**
	 * The conditions of every property, so that their facts and thresholds are
	 * dimensions.
	 */
	private void prepare(List<PropertySpec> specs) {
		for (DecisionService service : DecisionService.values()) {
			List<Expr> expressions = new ArrayList<>();
			Map<String, FactCatalog.Property> facts = Facts.of(service);
			for (PropertySpec spec : specs) {
				for (PropertySpec.Clause clause : spec.clauses()) {
					if (clause.when() != null && applies(clause.service(), clause.when(), service)) {
						expressions.add(clause.when());
					}
				}
				for (PropertySpec.Variation variation : spec.variations()) {
					if (facts.containsKey(variation.dim())) {
						expressions.add(new Expr.Property(variation.dim()));
						for (Expr e : new Expr[] { variation.values(), variation.when() }) {
							if (e != null && applies(null, e, service)) {
								expressions.add(e);
							}
						}
						if (variation.across() != null) {
							expressions.add(new Expr.Compare(new Expr.Property(variation.dim()), "<",
									new Expr.Literal(variation.across())));
						}
					}
				}
				for (PropertySpec.Indicator indicator : spec.indicators()) {
					if (facts.containsKey(indicator.dim())) {
						expressions.add(new Expr.Compare(new Expr.Property(indicator.dim()), "==",
								new Expr.Literal(indicator.value())));
					}
				}
			}
			this.extra.put(service, expressions);
		}
	}

	/**
	 * Whether a condition speaks of a service: named for it, and every fact it reads is
	 * of it.
	 */
	static boolean applies(DecisionService named, Expr condition, DecisionService service) {
		if (named != null && named != service) {
			return false;
		}
		if (condition == null) {
			return true;
		}
		Set<String> dims = new TreeSet<>();
		condition.dimensions(dims);
		Map<String, FactCatalog.Property> facts = Facts.of(service);
		return dims.stream().allMatch((d) -> facts.containsKey(d.contains(":") ? d.substring(0, d.indexOf(':')) : d));
	}

	private void check(PropertySpec spec, List<Counterexample> found) {
		if (spec.kind() == PropertySpec.Kind.CITATIONS) {
			new CitationCheck(this, spec).run(found);
			return;
		}
		for (DecisionService service : DecisionService.values()) {
			for (Unit unit : units(spec, service)) {
				search(unit, service, found);
			}
		}
	}

	/** The searches of a property on a service, before the pairs of values are known. */
	private List<Unit> units(PropertySpec spec, DecisionService service) {
		List<Unit> units = new ArrayList<>();
		Map<String, FactCatalog.Property> facts = Facts.of(service);
		for (PropertySpec.Clause clause : spec.clauses()) {
			if (applies(clause.service(), clause.when(), service)) {
				units.add(new Unit(spec, clause, null, null, -1, List.of()));
			}
		}
		for (PropertySpec.Variation variation : spec.variations()) {
			if (facts.containsKey(variation.dim())) {
				units.add(new Unit(spec, null, variation, null, -1, List.of()));
			}
		}
		for (PropertySpec.Indicator indicator : spec.indicators()) {
			if (facts.containsKey(indicator.dim())) {
				units.add(new Unit(spec, null, null, indicator, -1, List.of()));
			}
		}
		return units;
	}

	/** Searches one unit on each class of legal dates until a counterexample is found. */
	private void search(Unit unit, DecisionService service, List<Counterexample> found) {
		LocalDate start = dates(service, unit.spec().from(), false).get(0);
		Set<String> searched = new java.util.HashSet<>();
		for (LocalDate date : dates(service, unit.spec().from(), false)) {
			Space space;
			try {
				String signature = signature(service, date);
				if (!searched.add(signature)) {
					continue; // the same rows and lists as a day searched already
				}
				space = space(service, date, signature, start);
			}
			catch (Space.CannotModel ex) {
				cannotModel(unit.spec(), service, date, ex.getMessage());
				return;
			}
			if (searchOn(unit, space, found)) {
				return;
			}
		}
	}

	private boolean searchOn(Unit unit, Space space, List<Counterexample> found) {
		if (unit.clause() != null) {
			PropertySpec.Clause clause = unit.clause();
			Node when = (clause.when() != null) ? space.compile(clause.when()) : null;
			Search.Judge judge = Judges.implication(space, when, clause);
			List<BitSet> first = new ArrayList<>();
			if (clause.when() != null) {
				first.add(space.dimsOf(clause.when()));
			}
			// A clause about a referral ("when IMMEDIATE"): the rows that could make it
			// apply decide first, or every harmless completion of the other rows is
			// searched before the referral's facts are.
			for (PropertySpec.ReferralRequirement requirement : clause.whenReferrals()) {
				first.addAll(referralCones(space, requirement));
			}
			first.addAll(bySeverity(space, false));
			Object[][] violation = new Search(space, first, this.budget, judge, space.emptyWorld()).find();
			return violation != null && report(unit, space, judge, violation, found);
		}
		Dim dim = space.dim((unit.variation() != null) ? unit.variation().dim() : unit.indicator().dim());
		if (dim == null) {
			return false;
		}
		List<Integer> reading = space.rowsReading(dim.index());
		if (unit.variation() != null) {
			BitSet rules = Judges.restrictiveRules(space, unit.spec().enforcement());
			BitSet affected = new BitSet();
			List<BitSet> first = new ArrayList<>();
			if (unit.variation().when() != null) {
				first.add(space.dimsOf(unit.variation().when()));
			}
			for (int row : reading) {
				if (rules.get(space.rows().get(row).rule())) {
					affected.set(space.rows().get(row).rule());
					first.add(space.cone(row));
				}
			}
			if (affected.isEmpty()) {
				this.budget.decided(1);
				return false; // no restrictive row reads the fact: nothing can change
			}
			Node when = (unit.variation().when() != null) ? space.compile(unit.variation().when()) : null;
			Search.Judge judge = Judges.counterfactual(affected, when);
			for (Object[] pair : pairs(space, dim, unit.variation())) {
				Unit paired = new Unit(unit.spec(), null, unit.variation(), null, dim.index(),
						List.of(pair[0], pair[1]));
				Object[][] violation = pairSearch(space, first, judge, dim, pair[0], pair[1]);
				if (violation != null && report(paired, space, judge, violation, found)) {
					return true;
				}
			}
			return false;
		}
		BitSet dependent = new BitSet();
		List<BitSet> first = new ArrayList<>();
		for (int row : reading) {
			if (!space.rows().get(row).row().referral()) {
				dependent.set(row);
				first.add(space.cone(row));
			}
		}
		if (dependent.isEmpty()) {
			this.budget.decided(1);
			return false; // no recommendation row reads the indicator
		}
		first.addAll(bySeverity(space, true));
		Search.Judge judge = Judges.monotone(space, dependent);
		for (Object without : dim.values()) {
			if (java.util.Objects.equals(without, unit.indicator().value())) {
				continue;
			}
			Unit paired = new Unit(unit.spec(), null, null, unit.indicator(), dim.index(),
					java.util.Arrays.asList(without, unit.indicator().value()));
			Object[][] violation = pairSearch(space, first, judge, dim, without, unit.indicator().value());
			if (violation != null && report(paired, space, judge, violation, found)) {
				return true;
			}
		}
		return false;
	}

	/** The dimensions of each referral row that meets a requirement. */
	static List<BitSet> referralCones(Space space, PropertySpec.ReferralRequirement requirement) {
		List<BitSet> cones = new ArrayList<>();
		for (int i = 0; i < space.rows().size(); i++) {
			TableModel.Row row = space.rows().get(i).row();
			if (row.referral() && (requirement.agency() == null || requirement.agency() == row.agency())
					&& (requirement.urgency() != id.imigrasi.decisions.model.Urgency.IMMEDIATE
							|| row.urgency() == id.imigrasi.decisions.model.Urgency.IMMEDIATE)) {
				cones.add(space.cone(i));
			}
		}
		return cones;
	}

	/**
	 * The dimensions of each row, the most severe rows first (referral rows last, unless
	 * left out).
	 */
	static List<BitSet> bySeverity(Space space, boolean serviceOnly) {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < space.rows().size(); i++) {
			if (!serviceOnly || !space.rows().get(i).row().referral()) {
				rows.add(i);
			}
		}
		rows.sort(java.util.Comparator.comparingInt((Integer i) -> -space.rows().get(i).row().outcome().severity()));
		return rows.stream().map(space::cone).toList();
	}

	private Object[][] pairSearch(Space space, List<BitSet> first, Search.Judge judge, Dim dim, Object a, Object b) {
		Object[] worldA = space.emptyWorld();
		Object[] worldB = space.emptyWorld();
		worldA[dim.index()] = a;
		worldB[dim.index()] = b;
		return new Search(space, first, this.budget, judge, worldA, worldB).find();
	}

	/** The pairs of values a counterfactual compares, each once. */
	private List<Object[]> pairs(Space space, Dim dim, PropertySpec.Variation variation) {
		List<Object> values = new ArrayList<>();
		Node filter = (variation.values() != null) ? space.compile(variation.values()) : null;
		for (Object value : dim.values()) {
			if (filter != null) {
				Object[] world = space.emptyWorld();
				world[dim.index()] = value;
				if (filter.truth(world, new Tri[space.ruleIds().size()]) != Tri.TRUE) {
					continue;
				}
			}
			values.add(value);
		}
		List<Object[]> pairs = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			for (int j = i + 1; j < values.size(); j++) {
				Object a = values.get(i);
				Object b = values.get(j);
				if (variation.across() != null) {
					if (!(a instanceof Integer x && b instanceof Integer y)) {
						continue;
					}
					int t = variation.across();
					if ((x < t) == (y < t)) {
						continue;
					}
					if (x >= t) {
						Object swap = a;
						a = b;
						b = swap;
					}
				}
				pairs.add(new Object[] { a, b });
			}
		}
		return pairs;
	}

	/** Confirms a case on the engine; reports it, or the disagreement. */
	private boolean report(Unit unit, Space space, Search.Judge judge, Object[][] violation,
			List<Counterexample> found) {
		Concretizer.Confirmed confirmed = this.concretizer.concretize(unit, space, judge, violation);
		if (confirmed.counterexample() == null) {
			this.problems.add(Problem.error(ProblemCode.PROPERTY_MODEL_MISMATCH, where(unit.spec()),
					confirmed.mismatch(), confirmed.mismatchId()));
			return true;
		}
		Counterexample example = confirmed.counterexample();
		found.add(example);
		this.problems.add(violation(example));
		return true;
	}

	/** A violation as a problem at its location, with the scenario pointed at. */
	static Problem violation(Counterexample example) {
		String[] at = example.location().split("!", 3);
		String message = example.summary().en() + " The smallest case is written as a ready-to-run scenario.";
		String messageId = example.summary().id() + " Kasus terkecil ditulis sebagai skenario yang siap dijalankan.";
		return new Problem(Problem.Severity.ERROR, ProblemCode.PROPERTY_VIOLATED, at[0], (at.length > 1) ? at[1] : null,
				(at.length > 2) ? at[2] : null, message, messageId);
	}

	private void cannotModel(PropertySpec spec, DecisionService service, LocalDate date, String why) {
		this.problems.add(Problem.error(ProblemCode.PROPERTY_UNDECIDED, where(spec), spec
			.id() + " cannot be checked for " + service.path() + " on " + date + ": " + why + ".", spec.id()
					+ " tidak dapat diperiksa untuk " + service.path() + " pada " + date
					+ ": ada baris atau fakta yang tidak dapat dimodelkan pemeriksa; rinciannya ada pada pesan berbahasa Inggris."));
	}

	/**
	 * The first day of each class of legal dates from a property's first date on: between
	 * two of these days no row starts or ends and no country joins or leaves a list (nor,
	 * for citations, does a citation or an instrument change).
	 */
	List<LocalDate> dates(DecisionService service, LocalDate from, boolean citations) {
		LocalDate first = this.model.firstDate();
		LocalDate start = (from != null && from.isAfter(first)) ? from : first;
		TreeSet<LocalDate> bounds = new TreeSet<>();
		for (TableModel.Row row : this.model.rows()) {
			if (row.readsService(service)) {
				add(bounds, row.from(), row.to());
			}
		}
		ReferenceLists lists = this.model.lists();
		lists.countries().forEach((c) -> add(bounds, c.from(), c.to()));
		if (citations) {
			lists.citations().forEach((c) -> add(bounds, c.from(), c.to()));
			lists.instruments().forEach((i) -> add(bounds, i.from(), i.to()));
		}
		List<LocalDate> dates = new ArrayList<>();
		dates.add(start);
		bounds.tailSet(start, false).forEach(dates::add);
		return dates;
	}

	private static void add(TreeSet<LocalDate> bounds, LocalDate from, LocalDate to) {
		if (from != null) {
			bounds.add(from);
		}
		if (to != null) {
			bounds.add(to.plusDays(1));
		}
	}

	/** What makes two days alike for the search: the rows in force and the lists. */
	String signature(DecisionService service, LocalDate date) {
		StringBuilder key = new StringBuilder(service.name());
		for (TableModel.Row row : this.model.rows()) {
			if (row.appliesOn(date) && row.readsService(service)) {
				key.append(',').append(row.index());
			}
		}
		Map<String, Set<String>> lists = new LinkedHashMap<>();
		this.model.lists()
			.countries()
			.forEach((c) -> lists.put(c.country(), this.model.lists().listsOf(c.country(), date)));
		return key.append(lists).toString();
	}

	/**
	 * The space of a day, shared by every property searching a day with the same rows and
	 * lists, as long as its own day is not before the property's first.
	 */
	Space space(DecisionService service, LocalDate date, String signature, LocalDate notBefore) {
		Space cached = this.spaces.get(signature);
		if (cached != null && !cached.date().isBefore(notBefore)) {
			return cached;
		}
		Space built = Space.build(this.model, service, date, this.extra.get(service));
		this.spaces.putIfAbsent(signature, built);
		return built;
	}

	/** The space of exactly this day. */
	Space spaceOn(DecisionService service, LocalDate date) {
		String signature = signature(service, date);
		Space cached = this.spaces.get(signature);
		return (cached != null && cached.date().equals(date)) ? cached : space(service, date, signature, date);
	}

	TableModel model() {
		return this.model;
	}

	Ruleset ruleset() {
		return this.ruleset;
	}

	Budget budget() {
		return this.budget;
	}

	List<Problem> problems() {
		return this.problems;
	}

	/** Where a cell is, split for a {@link Problem}. */
	static CellRef cell(String location) {
		String[] at = location.split("!", 3);
		return new CellRef(at[0], (at.length > 1) ? at[1] : null, (at.length > 2) ? at[2] : null);
	}

}
