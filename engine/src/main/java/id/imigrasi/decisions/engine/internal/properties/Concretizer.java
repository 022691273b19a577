package id.imigrasi.decisions.engine.internal.properties;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.Referral;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.model.request.CaseRequest;

/**
 * Turns a case the search found into a counterexample policy staff can run: minimised
 * (each fact back at the baseline's value while the case still breaks the property),
 * written as real requests, run through the real engine, compared with the model (rows
 * fired, property broken), and written as a scenario pack. A disagreement between the
 * model and the engine is reported as an error of the checker, never passed over.
 */
final class Concretizer {

	/** A counterexample, or why none could be confirmed. */
	record Confirmed(Counterexample counterexample, String mismatch, String mismatchId) {
	}

	private final Ruleset ruleset;

	private final TableModel model;

	Concretizer(Ruleset ruleset, TableModel model) {
		this.ruleset = ruleset;
		this.model = model;
	}

	Confirmed concretize(Unit unit, Space space, Search.Judge judge, Object[][] found) {
		Object[][] worlds = Search.minimise(space, judge, found, unit.varied());
		List<CaseRequest> requests = new ArrayList<>();
		List<ObjectNode> bodies = new ArrayList<>();
		List<Decision> decisions = new ArrayList<>();
		try {
			for (Object[] world : worlds) {
				ObjectNode body = Requests.build(space, world);
				CaseRequest request = Requests.toRequest(space.service(), body);
				bodies.add(body);
				requests.add(request);
				decisions.add(this.ruleset.evaluate(request, space.date()));
			}
		}
		catch (Requests.CannotBuild | IllegalStateException ex) {
			return new Confirmed(null,
					"The case " + describe(space, worlds[0], unit) + " could not be written as a request: "
							+ ex.getMessage(),
					"Kasus " + describeId(space, worlds[0], unit)
							+ " tidak dapat ditulis sebagai permintaan; rinciannya ada pada pesan berbahasa Inggris.");
		}
		for (int w = 0; w < worlds.length; w++) {
			Set<String> predicted = space.firedSources(worlds[w]);
			Set<String> fired = new TreeSet<>();
			decisions.get(w).findings().forEach((f) -> fired.add(f.source()));
			if (!predicted.equals(fired)) {
				return new Confirmed(null,
						"On " + space.date() + " the checker's model fires " + predicted + " where the engine fires "
								+ fired + " for the case " + describe(space, worlds[w], unit)
								+ ". The property check cannot be trusted on these tables; please report this.",
						"Pada " + space.date() + " model pemeriksa menjalankan " + predicted
								+ " sedangkan mesin menjalankan " + fired + " untuk kasus "
								+ describeId(space, worlds[w], unit)
								+ ". Pemeriksaan properti tidak dapat dipercaya pada tabel ini; mohon laporkan.");
			}
		}
		if (!DecisionCheck.violates(unit, space, requests, decisions, this.model)) {
			return new Confirmed(null,
					"The checker's model says " + unit.spec().id() + " is broken on " + space.date() + " by "
							+ describe(space, worlds[0], unit)
							+ ", but the engine's decision keeps it. Please report this.",
					"Model pemeriksa menyatakan " + unit.spec().id() + " dilanggar pada " + space.date() + " oleh "
							+ describeId(space, worlds[0], unit)
							+ ", tetapi keputusan mesin mematuhinya. Mohon laporkan.");
		}
		Reason summary = summary(unit, space, worlds, decisions);
		String yaml = scenario(unit, space, worlds, bodies, decisions, summary);
		String location = location(unit, space, decisions);
		return new Confirmed(new Counterexample(unit.spec().id(), space.service().path(), space.date(), location,
				summary, requests, decisions, yaml), null, null);
	}

	/** The facts of a case that differ from the baseline, as {@code path=value}. */
	static String describe(Space space, Object[] world, Unit unit) {
		List<String> facts = new ArrayList<>();
		for (Dim dim : space.dims()) {
			Object value = world[dim.index()];
			if (dim.index() != unit.varied() && !Objects.equals(value, dim.baseline())) {
				facts.add(dim.describe(value));
			}
		}
		return facts.isEmpty() ? "(the baseline case)" : String.join(", ", facts);
	}

	static String describeId(Space space, Object[] world, Unit unit) {
		List<String> facts = new ArrayList<>();
		for (Dim dim : space.dims()) {
			Object value = world[dim.index()];
			if (dim.index() != unit.varied() && !Objects.equals(value, dim.baseline())) {
				facts.add(dim.describeId(value));
			}
		}
		return facts.isEmpty() ? "(kasus dasar)" : String.join(", ", facts);
	}

	private static String referrals(Decision decision) {
		if (decision.referrals().isEmpty()) {
			return "no referral";
		}
		return "referred to "
				+ String.join(", ", decision.referrals().stream().map((r) -> r.agency() + " " + r.urgency()).toList());
	}

	private static String referralsId(Decision decision) {
		if (decision.referrals().isEmpty()) {
			return "tanpa rujukan";
		}
		return "dirujuk ke "
				+ String.join(", ", decision.referrals().stream().map((r) -> r.agency() + " " + r.urgency()).toList());
	}

	private static Reason summary(Unit unit, Space space, Object[][] worlds, List<Decision> decisions) {
		PropertySpec spec = unit.spec();
		String on = " on " + space.date() + " (" + space.service().path() + ")";
		String onId = " pada " + space.date() + " (" + space.service().path() + ")";
		String facts = describe(space, worlds[0], unit);
		String factsId = describeId(space, worlds[0], unit);
		if (!unit.isPair()) {
			Decision d = decisions.get(0);
			return new Reason(
					spec.id() + " dilanggar" + onId + ": kasus " + factsId + " mendapat " + d.recommendation() + ", "
							+ referralsId(d) + ". " + spec.id() + ": " + spec.title().id() + ".",
					spec.id() + " is broken" + on + ": the case " + facts + " gets " + d.recommendation() + ", "
							+ referrals(d) + ". " + spec.id() + ": " + spec.title().en() + ".");
		}
		Dim varied = space.dims().get(unit.varied());
		Decision a = decisions.get(0);
		Decision b = decisions.get(1);
		if (unit.variation() != null) {
			Set<Agency> enforcement = spec.enforcement();
			return new Reason(
					spec.id() + " dilanggar" + onId + ": hanya dengan mengubah "
							+ varied.describeId(unit.values().get(0)) + " menjadi " + unit.values().get(1) + ", kasus "
							+ factsId + " berubah dari " + a.recommendation() + " " + restrictive(a, enforcement)
							+ " menjadi " + b.recommendation() + " " + restrictive(b, enforcement) + ". " + spec.id()
							+ ": " + spec.title().id() + ".",
					spec.id() + " is broken" + on + ": changing only " + varied.describe(unit.values().get(0)) + " to "
							+ unit.values().get(1) + " turns the case " + facts + " from " + a.recommendation() + " "
							+ restrictive(a, enforcement) + " into " + b.recommendation() + " "
							+ restrictive(b, enforcement) + ". " + spec.id() + ": " + spec.title().en() + ".");
		}
		return new Reason(
				spec.id() + " dilanggar" + onId + ": menambahkan " + varied.describeId(unit.values().get(1))
						+ " pada kasus " + factsId + " mengubah " + a.recommendation() + " menjadi "
						+ b.recommendation() + " yang lebih ringan. " + spec.id() + ": " + spec.title().id() + ".",
				spec.id() + " is broken" + on + ": adding " + varied.describe(unit.values().get(1)) + " to the case "
						+ facts + " turns " + a.recommendation() + " into the milder " + b.recommendation() + ". "
						+ spec.id() + ": " + spec.title().en() + ".");
	}

	/** The restrictive rule IDs of a decision, e.g. {@code [DC-015, RF-004]}. */
	static Set<String> restrictiveIds(Decision decision, Set<Agency> enforcement) {
		Set<String> ids = new TreeSet<>();
		for (Finding finding : decision.findings()) {
			if (finding.outcome().restrictive()
					|| (finding.agency() != null && enforcement.contains(finding.agency()))) {
				ids.add(finding.ruleId());
			}
		}
		return ids;
	}

	private static String restrictive(Decision decision, Set<Agency> enforcement) {
		return restrictiveIds(decision, enforcement).toString();
	}

	/** Where to fix it: the row that differs between the twins, else the property. */
	private String location(Unit unit, Space space, List<Decision> decisions) {
		if (unit.variation() != null) {
			Set<String> a = restrictiveIds(decisions.get(0), unit.spec().enforcement());
			Set<String> b = restrictiveIds(decisions.get(1), unit.spec().enforcement());
			for (Decision decision : decisions) {
				for (Finding finding : decision.findings()) {
					if (a.contains(finding.ruleId()) != b.contains(finding.ruleId())) {
						return finding.source();
					}
				}
			}
		}
		return unit.spec().source().equals("engine") ? unit.spec().id() : unit.spec().source();
	}

	private String scenario(Unit unit, Space space, Object[][] worlds, List<ObjectNode> bodies,
			List<Decision> decisions, Reason summary) {
		PropertySpec spec = unit.spec();
		String prefix = "PROP-" + spec.id() + "-" + (space.service().path().startsWith("d") ? "DEP" : "PAS");
		List<ScenarioWriter.Scenario> scenarios = new ArrayList<>();
		List<String> comments = new ArrayList<>();
		comments.add("Counterexample found by the property check (SPEC 2.7), run through the engine.");
		comments.add(summary.en());
		comments.add(summary.id());
		if (!unit.isPair()) {
			ObjectNode body = bodies.get(0);
			body.put(space.service().path().startsWith("d") ? "checkId" : "applicationId", prefix);
			comments
				.add("expect: what " + spec.id() + " requires; where it allows several recommendations, the mildest.");
			scenarios.add(new ScenarioWriter.Scenario(prefix,
					spec.title().id() + " (contoh pelanggaran " + spec.id() + ")", story(spec, space, worlds[0], unit),
					space.service().path(), body, implicationExpect(unit, space, decisions.get(0))));
		}
		else {
			Decision a = decisions.get(0);
			Decision b = decisions.get(1);
			String[] ids = { prefix + "-A", prefix + "-B" };
			for (int w = 0; w < 2; w++) {
				bodies.get(w).put(space.service().path().startsWith("d") ? "checkId" : "applicationId", ids[w]);
			}
			Map<String, Object> expectA;
			Map<String, Object> expectB;
			if (unit.variation() != null) {
				comments.add("The two cases differ in " + space.dims().get(unit.varied()).path()
						+ " alone; expect: the harsher twin must be decided as the milder one.");
				boolean aMilder = milder(a, b, spec.enforcement());
				Decision reference = aMilder ? a : b;
				Decision other = aMilder ? b : a;
				Map<String, Object> referenceExpect = actual(reference);
				Map<String, Object> otherExpect = twinExpect(reference, other, spec.enforcement());
				expectA = aMilder ? referenceExpect : otherExpect;
				expectB = aMilder ? otherExpect : referenceExpect;
			}
			else {
				comments.add(
						"The second case adds one risk indicator to the first; expect: at least the first's recommendation.");
				expectA = actual(a);
				expectB = actual(b);
				expectB.put("recommendation", a.recommendation().name());
			}
			scenarios.add(new ScenarioWriter.Scenario(ids[0], spec.title().id() + " (kasus pertama, " + spec.id() + ")",
					story(spec, space, worlds[0], unit), space.service().path(), bodies.get(0), expectA));
			scenarios.add(new ScenarioWriter.Scenario(ids[1], spec.title().id() + " (kasus kedua, " + spec.id() + ")",
					story(spec, space, worlds[1], unit), space.service().path(), bodies.get(1), expectB));
		}
		return ScenarioWriter.write(comments, scenarios);
	}

	private static String story(PropertySpec spec, Space space, Object[] world, Unit unit) {
		StringBuilder story = new StringBuilder("Kasus terkecil yang ditemukan pemeriksa properti untuk " + spec.id()
				+ " pada tanggal hukum " + space.date() + ". Fakta yang berbeda dari kasus dasar: ");
		story.append(describeId(space, world, unit));
		if (unit.isPair()) {
			Dim varied = space.dims().get(unit.varied());
			story.append("; ").append(varied.describeId(world[varied.index()]));
		}
		return story.append('.').toString();
	}

	private static boolean milder(Decision a, Decision b, Set<Agency> enforcement) {
		boolean ra = a.recommendation().restrictive();
		boolean rb = b.recommendation().restrictive();
		if (ra != rb) {
			return !ra;
		}
		return restrictiveIds(a, enforcement).size() <= restrictiveIds(b, enforcement).size();
	}

	/** A decision as a scenario's expect: its recommendation and referrals. */
	private static Map<String, Object> actual(Decision decision) {
		Map<String, Object> expect = new LinkedHashMap<>();
		expect.put("recommendation", decision.recommendation().name());
		expect.put("findings", new ArrayList<String>());
		expect.put("referrals", agencies(decision));
		return expect;
	}

	private static List<String> agencies(Decision decision) {
		return new ArrayList<>(decision.referrals().stream().map((r) -> r.agency().name()).toList());
	}

	/**
	 * The harsher twin decided as the milder: same restrictiveness and restrictive rows.
	 */
	private static Map<String, Object> twinExpect(Decision reference, Decision other, Set<Agency> enforcement) {
		Set<String> wanted = restrictiveIds(reference, enforcement);
		Set<String> got = restrictiveIds(other, enforcement);
		Map<String, Object> expect = new LinkedHashMap<>();
		expect.put("recommendation", ((reference.recommendation().restrictive() != other.recommendation().restrictive())
				? reference.recommendation() : other.recommendation())
			.name());
		List<String> findings = new ArrayList<>(wanted);
		findings.removeAll(got);
		expect.put("findings", findings);
		List<String> notFindings = new ArrayList<>(got);
		notFindings.removeAll(wanted);
		if (!notFindings.isEmpty()) {
			expect.put("notFindings", notFindings);
		}
		Set<String> referred = new LinkedHashSet<>(agencies(other));
		Set<String> referenceAgencies = new LinkedHashSet<>(agencies(reference));
		for (Agency agency : enforcement) {
			if (referenceAgencies.contains(agency.name())) {
				referred.add(agency.name());
			}
			else {
				referred.remove(agency.name());
			}
		}
		expect.put("referrals", new ArrayList<>(referred));
		return expect;
	}

	/** What an implication requires of the case's decision. */
	private static Map<String, Object> implicationExpect(Unit unit, Space space, Decision decision) {
		PropertySpec.Then then = unit.clause().then();
		Outcome recommendation = decision.recommendation();
		if (then.recommendation() != null && !then.recommendation().contains(recommendation)) {
			recommendation = mildest(space, then.recommendation());
		}
		if (then.recommendationNotIn() != null && then.recommendationNotIn().contains(recommendation)) {
			Set<Outcome> allowed = EnumSet.noneOf(Outcome.class);
			for (Outcome outcome : Outcome.values()) {
				if (outcome.service() == space.service() && !then.recommendationNotIn().contains(outcome)) {
					allowed.add(outcome);
				}
			}
			recommendation = mildest(space, allowed);
		}
		Map<String, Object> expect = new LinkedHashMap<>();
		expect.put("recommendation", recommendation.name());
		expect.put("findings", new ArrayList<>(then.findings()));
		if (!then.notFindings().isEmpty()) {
			expect.put("notFindings", new ArrayList<>(then.notFindings()));
		}
		Set<String> referred = new LinkedHashSet<>(agencies(decision));
		Map<String, Object> urgency = new LinkedHashMap<>();
		for (PropertySpec.ReferralRequirement requirement : then.referrals()) {
			if (requirement.agency() != null) {
				referred.add(requirement.agency().name());
				if (requirement.urgency() != null) {
					urgency.put(requirement.agency().name(), requirement.urgency().name());
				}
			}
		}
		expect.put("referrals", new ArrayList<>(referred));
		if (!urgency.isEmpty()) {
			expect.put("urgency", urgency);
		}
		return expect;
	}

	private static Outcome mildest(Space space, Set<Outcome> outcomes) {
		return outcomes.stream()
			.filter((o) -> o.service() == space.service())
			.min(java.util.Comparator.comparingInt(Outcome::severity))
			.orElse(Outcome.noFindingFor(space.service()));
	}

	/** Whether a decision refers to the agency at least as urgently as required. */
	static boolean refers(Decision decision, PropertySpec.ReferralRequirement requirement) {
		for (Referral referral : decision.referrals()) {
			if ((requirement.agency() == null || referral.agency() == requirement.agency())
					&& (requirement.urgency() != Urgency.IMMEDIATE || referral.urgency() == Urgency.IMMEDIATE)) {
				return true;
			}
		}
		return false;
	}

}
