package id.imigrasi.decisions.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.model.CaseFacts;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.PassportApplicationFacts;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.Outcome;

/**
 * One evaluation: a session from the ruleset's pool (reset when given back, so nothing of
 * one case reaches the next), the case inserted, rules fired with only the rows in force
 * on the legal date allowed, then the fired rows turned into findings, a recommendation
 * and merged referrals.
 */
final class Evaluation {

	private Evaluation() {
	}

	static Decision run(KieSessionsPool sessions, Map<String, CompiledRow> rows, ReferenceLists lists,
			CitationResolver citations, RulesetInfo.Reference ruleset, CaseRequest request, LocalDate legalDate) {
		DecisionService service = request.service();
		Function<String, Set<String>> listsOn = (country) -> lists.listsOf(country, legalDate);
		CaseFacts facts = request.match((application) -> new PassportApplicationFacts(application, legalDate, listsOn),
				(departure) -> new DepartureFacts(departure, legalDate, listsOn,
						(checkpoint) -> lists.landBorderNeighbour(checkpoint, legalDate)));
		MatchCollector collector = new MatchCollector();
		// Rows apply by the legal date, not the server clock (SPEC 2.4 item 4); filtering
		// the agenda keeps a row out of force from feeding the referral table too.
		AgendaFilter inForce = (match) -> {
			CompiledRow row = rows.get(match.getRule().getName());
			return row != null && row.appliesOn(legalDate);
		};
		// A new session per decision was a quarter of an evaluation (bench/RESULTS.md);
		// dispose() gives a pooled one back, reset.
		KieSession session = sessions.newKieSession();
		try {
			session.addEventListener(collector);
			session.insert(facts);
			session.fireAllRules(inForce);
		}
		finally {
			session.removeEventListener(collector);
			session.dispose();
		}
		List<CompiledRow> fired = new ArrayList<>();
		Set<String> firedIds = new TreeSet<>();
		for (String name : collector.fired()) {
			CompiledRow row = rows.get(name);
			fired.add(row);
			firedIds.add(row.ruleId());
		}
		fired.sort(SeverityOrder.FINDINGS);
		Outcome recommendation = null;
		for (CompiledRow row : fired) {
			if (row.outcome().service() == service) {
				recommendation = SeverityOrder.mostSevere(recommendation, row.outcome());
			}
		}
		if (recommendation == null) {
			recommendation = Outcome.noFindingFor(service);
		}
		List<Finding> findings = new ArrayList<>(fired.size());
		for (CompiledRow row : fired) {
			findings.add(new Finding(row.ruleId(), row.table(), row.source(), row.outcome(), row.agency(),
					row.urgency(), row.reason(), citations.resolve(row.legalBasis(), legalDate),
					factsRead(row, facts, firedIds), row.outcome() == recommendation));
		}
		return new Decision(DecisionIds.next(), service.path(), recommendation, true, legalDate, List.copyOf(findings),
				ReferralMerger.merge(findings, lists, legalDate), ruleset);
	}

	/** The facts a row's filled-in conditions read, with their values in this case. */
	static Map<String, Object> factsRead(CompiledRow row, CaseFacts facts, Set<String> firedIds) {
		Map<String, Object> read = new LinkedHashMap<>();
		for (CompiledRow.Condition condition : row.conditions()) {
			if (condition.onRowMatches()) {
				read.put("findings", condition.ruleIds().stream().filter(firedIds::contains).toList());
				continue;
			}
			if (condition.factType() == null || !condition.factType().isInstance(facts)) {
				continue;
			}
			for (FactCatalog.Property property : condition.reads()) {
				read.putIfAbsent(property.path().value(), display(property.read(facts)));
			}
		}
		return read;
	}

	private static Object display(Object value) {
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof Set<?> set) {
			List<String> sorted = new ArrayList<>();
			set.forEach((v) -> sorted.add(String.valueOf(v)));
			sorted.sort(null);
			return sorted;
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return value;
	}

}
