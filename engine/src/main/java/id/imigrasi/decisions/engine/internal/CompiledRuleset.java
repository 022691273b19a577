package id.imigrasi.decisions.engine.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.model.request.CaseRequest;

/**
 * A ruleset as the engine holds it: the KieBase that finds matching rows, every row
 * parsed once for explanation, the dated lists and the workbooks it came from. Immutable.
 */
final class CompiledRuleset implements Ruleset {

	private final RulesetInfo info;

	private final KieBase kieBase;

	private final Map<String, CompiledRow> rowsByRuleName;

	private final ReferenceLists lists;

	private final Map<String, byte[]> workbooks;

	private final KieSessionsPool sessions;

	private final CitationResolver citations;

	CompiledRuleset(RulesetInfo info, KieBase kieBase, Map<String, CompiledRow> rows, ReferenceLists lists,
			Map<String, byte[]> workbooks) {
		this.info = info;
		this.kieBase = kieBase;
		this.rowsByRuleName = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
		this.lists = lists;
		this.workbooks = Collections.unmodifiableMap(workbooks);
		// Grows to the number of evaluations at once (the service's worker threads);
		// goes with the ruleset.
		this.sessions = kieBase.newKieSessionsPool(2);
		this.citations = new CitationResolver(lists);
	}

	@Override
	public RulesetInfo info() {
		return this.info;
	}

	@Override
	public Map<String, byte[]> workbooks() {
		Map<String, byte[]> copy = new HashMap<>();
		this.workbooks.forEach((name, bytes) -> copy.put(name, bytes.clone()));
		return copy;
	}

	@Override
	public Decision evaluate(CaseRequest request, LocalDate legalDate) {
		return Evaluation.run(this.sessions, this.rowsByRuleName, this.lists, this.citations, this.info.reference(),
				request, legalDate);
	}

	/** Every row, keyed by its Drools rule name, in workbook order. */
	List<CompiledRow> rows() {
		return List.copyOf(this.rowsByRuleName.values());
	}

	ReferenceLists lists() {
		return this.lists;
	}

}
