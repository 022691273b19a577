package id.imigrasi.decisions.engine.internal.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * P-CITED (SPEC 2.6): on every legal date a row is in force, its legal basis resolves to
 * at least one citation in force, a dated key ({@code {TPPO_OFFENCE}}) names a citation,
 * and no citation's instrument is outside its dates (sheet Instrumen of lists.xlsx, when
 * present). For a row at fault, a case that makes it fire on that date is searched, run
 * through the engine and reported at the row's legal-basis cell.
 */
final class CitationCheck {

	/** What is wrong with a row's citations on a date. */
	record Issue(String en, String id, Set<String> cited, Set<String> outOfForce) {
	}

	private final PropertyChecker checker;

	private final PropertySpec spec;

	CitationCheck(PropertyChecker checker, PropertySpec spec) {
		this.checker = checker;
		this.spec = spec;
	}

	void run(List<Counterexample> found) {
		Set<Integer> reported = new LinkedHashSet<>();
		for (DecisionService service : DecisionService.values()) {
			for (LocalDate date : this.checker.dates(service, this.spec.from(), true)) {
				for (TableModel.Row row : this.checker.model().rows()) {
					if (reported.contains(row.index()) || !row.appliesOn(date) || !row.readsService(service)) {
						continue;
					}
					this.checker.budget().checkTime();
					Issue issue = issue(row, date, this.checker.model().lists());
					this.checker.budget().decided(1);
					if (issue != null && confirm(row, service, date, issue, found)) {
						reported.add(row.index());
					}
				}
			}
		}
	}

	/** What is wrong with the row's citations on the date, or null. */
	static Issue issue(TableModel.Row row, LocalDate date, ReferenceLists lists) {
		Set<String> cited = new LinkedHashSet<>();
		Set<String> outOfForce = new LinkedHashSet<>();
		List<String> en = new ArrayList<>();
		List<String> id = new ArrayList<>();
		for (String item : row.legalBasis()) {
			String key = keyOf(item);
			String citation;
			String instrument;
			if (key != null) {
				Optional<ReferenceLists.CitationEntry> entry = lists.citation(key, date);
				if (entry.isEmpty()) {
					en.add("the key {" + key + "} names no citation on that date");
					id.add("kunci {" + key + "} tidak menyebut rujukan apa pun pada tanggal itu");
					continue;
				}
				citation = entry.get().citation();
				instrument = entry.get().instrument();
			}
			else {
				citation = item;
				instrument = Citation.of(item).instrument();
			}
			cited.add(citation);
			for (ReferenceLists.InstrumentEntry dated : lists.instruments()) {
				if (dated.instrument() != null && dated.instrument().equals(instrument)
						&& !((dated.from() == null || !date.isBefore(dated.from()))
								&& (dated.to() == null || !date.isAfter(dated.to())))) {
					outOfForce.add(citation);
					String span = ((dated.from() != null) ? dated.from().toString() : "") + ".."
							+ ((dated.to() != null) ? dated.to().toString() : "");
					en.add("it cites " + citation + ", but " + instrument + " is in force only " + span);
					id.add("baris itu menyebut " + citation + ", padahal " + instrument + " hanya berlaku " + span);
				}
			}
		}
		if (cited.size() == outOfForce.size() && en.isEmpty()) {
			en.add("it cites no basis at all");
			id.add("baris itu tidak menyebut dasar hukum apa pun");
		}
		if (en.isEmpty() && cited.size() > outOfForce.size()) {
			return null;
		}
		if (cited.size() == outOfForce.size()) {
			en.add("so no basis in force is cited");
			id.add("sehingga tidak ada dasar hukum yang berlaku yang disebut");
		}
		return new Issue(String.join("; ", en), String.join("; ", id), cited, outOfForce);
	}

	/**
	 * The key of a dated citation, {@code {TPPO_OFFENCE}}, as the engine reads it; else
	 * null.
	 */
	static String keyOf(String item) {
		java.util.regex.Matcher m = KEY.matcher(item);
		return m.matches() ? m.group(1) : null;
	}

	private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^\\{(\\w+)}$");

	/** Finds a case firing the row on the date, runs it, reports it. */
	private boolean confirm(TableModel.Row row, DecisionService service, LocalDate date, Issue issue,
			List<Counterexample> found) {
		Space space = this.checker.spaceOn(service, date);
		int index = -1;
		for (int i = 0; i < space.rows().size(); i++) {
			if (space.rows().get(i).row().index() == row.index()) {
				index = i;
			}
		}
		if (index < 0) {
			return false;
		}
		Search.Judge judge = Judges.fires(index);
		Object[][] fires = new Search(space, List.of(space.cone(index)), this.checker.budget(), judge,
				space.emptyWorld())
			.find();
		if (fires == null) {
			return false; // the row cannot fire on that date: no finding, nothing cited
		}
		Object[] world = Search.minimise(space, judge, fires, -1)[0];
		Unit unit = new Unit(this.spec, null, null, null, -1, List.of());
		ObjectNode body = Requests.build(space, world);
		CaseRequest request = Requests.toRequest(service, body);
		Decision decision = this.checker.ruleset().evaluate(request, date);
		Finding finding = decision.findings()
			.stream()
			.filter((f) -> f.source().equals(row.source()))
			.findFirst()
			.orElse(null);
		Set<String> engine = new LinkedHashSet<>();
		if (finding != null) {
			finding.legalBasis().forEach((c) -> engine.add(c.citation()));
		}
		if (finding == null || !engine.equals(issue.cited())) {
			this.checker.problems()
				.add(Problem.error(ProblemCode.PROPERTY_MODEL_MISMATCH, PropertyChecker.where(this.spec),
						"For row " + row.label() + " on " + date + " the checker expected the citations "
								+ issue.cited() + " where the engine gives "
								+ ((finding != null) ? engine : "no finding") + ". Please report this.",
						"Untuk baris " + row.label() + " pada " + date + " pemeriksa mengharapkan rujukan "
								+ issue.cited() + " sedangkan mesin memberi "
								+ ((finding != null) ? engine : "tidak ada temuan") + ". Mohon laporkan."));
			return true;
		}
		String facts = Concretizer.describe(space, world, unit);
		String factsId = Concretizer.describeId(space, world, unit);
		Reason summary = new Reason(
				this.spec.id() + " dilanggar pada " + date + " (" + service.path() + "): baris " + row.label()
						+ " berlaku dan terpenuhi untuk kasus " + factsId + ", tetapi " + issue.id() + ".",
				this.spec.id() + " is broken on " + date + " (" + service.path() + "): row " + row.label()
						+ " is in force and fires for the case " + facts + ", but " + issue.en() + ".");
		String scenarioId = "PROP-" + this.spec.id() + "-" + row.ruleId();
		body.put(service.path().startsWith("d") ? "checkId" : "applicationId", scenarioId);
		Map<String, Object> expect = new LinkedHashMap<>();
		expect.put("recommendation", decision.recommendation().name());
		expect.put("findings", List.of(row.ruleId()));
		expect.put("referrals", decision.referrals().stream().map((r) -> r.agency().name()).toList());
		if (!issue.outOfForce().isEmpty()) {
			expect.put("notCitations", new ArrayList<>(issue.outOfForce()));
		}
		String yaml = ScenarioWriter.write(
				List.of("Counterexample found by the property check (SPEC 2.7), run through the engine.", summary.en(),
						summary.id(),
						"expect: the row must not cite a basis outside its dates; a key that names nothing "
								+ "cannot be written as an expectation, the comment above says which."),
				List.of(new ScenarioWriter.Scenario(scenarioId, this.spec.title().id() + " (contoh pelanggaran)",
						"Kasus terkecil yang ditemukan pemeriksa properti untuk " + this.spec.id()
								+ " pada tanggal hukum " + date + ". Fakta yang berbeda dari kasus dasar: " + factsId
								+ ".",
						service.path(), body, expect)));
		Counterexample example = new Counterexample(this.spec.id(), service.path(), date, row.legalBasisCell(), summary,
				List.of(request), List.of(decision), yaml);
		found.add(example);
		this.checker.problems().add(PropertyChecker.violation(example));
		return true;
	}

}
