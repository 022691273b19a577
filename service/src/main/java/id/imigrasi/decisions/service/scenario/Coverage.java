package id.imigrasi.decisions.service.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Finding;

/**
 * Which decision-table rows the scenarios reach. Coverage is per row, not per rule ID: a
 * rule with two alternative rows (DC-011 for hajj, umrah and work) is covered only when
 * each row has fired in some scenario, as each finding names the cell of its row.
 */
public record Coverage(List<RowCoverage> rows) {

	/** One row and the scenarios whose decision has a finding from it. */
	public record RowCoverage(RuleCatalog.Row row, List<String> scenarioIds) {

		public boolean reached() {
			return !this.scenarioIds.isEmpty();
		}

	}

	static Coverage of(RuleCatalog catalog, List<ScenarioResult> results) {
		Map<String, List<String>> bySource = new LinkedHashMap<>();
		for (RuleCatalog.Row row : catalog.rows()) {
			bySource.put(row.source(), new ArrayList<>());
		}
		for (ScenarioResult result : results) {
			for (Finding finding : result.decision().findings()) {
				List<String> ids = bySource.get(finding.source());
				if (ids != null && !ids.contains(result.scenario().id())) {
					ids.add(result.scenario().id());
				}
			}
		}
		List<RowCoverage> rows = new ArrayList<>();
		for (RuleCatalog.Row row : catalog.rows()) {
			rows.add(new RowCoverage(row, List.copyOf(bySource.get(row.source()))));
		}
		return new Coverage(List.copyOf(rows));
	}

	public long reachedCount() {
		return this.rows.stream().filter(RowCoverage::reached).count();
	}

	public List<RowCoverage> unreached() {
		return this.rows.stream().filter((row) -> !row.reached()).toList();
	}

	/** Whole percent of rows reached, rounded down so 99.9 % never shows as 100 %. */
	public int percent() {
		return this.rows.isEmpty() ? 100 : (int) (reachedCount() * 100 / this.rows.size());
	}

}
