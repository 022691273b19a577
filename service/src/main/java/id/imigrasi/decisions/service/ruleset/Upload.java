package id.imigrasi.decisions.service.ruleset;

import java.util.Map;

/**
 * A complete set of workbooks offered as a new version, with what came along with it.
 *
 * @param comment why, as the admin wrote it; may be null
 * @param workbooks by file name
 * @param scenarios the scenario packs uploaded with it, by file name; may be empty. They
 * gate the version together with the shipped packs, never instead of them.
 * @param by the admin key's label
 * @param properties properties of the law uploaded with it (YAML), by file name; they add
 * to the shipped ones
 * @param allowUncovered whether a new or changed row that no scenario reaches may go live
 * (the comment must say why; it is logged)
 */
public record Upload(String version, String comment, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios,
		String by, Map<String, byte[]> properties, boolean allowUncovered) {

	public Upload {
		workbooks = Map.copyOf(workbooks);
		scenarios = Map.copyOf(scenarios);
		properties = Map.copyOf(properties);
	}

	/** An upload of workbooks and scenario packs only. */
	public Upload(String version, String comment, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios,
			String by) {
		this(version, comment, workbooks, scenarios, by, Map.of(), false);
	}

}
