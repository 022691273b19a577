package id.imigrasi.decisions.service.ruleset;

import java.util.Map;

/**
 * A complete set of workbooks offered as a new version, with what came along with it.
 *
 * @param comment why, as the admin wrote it; may be null
 * @param workbooks by file name
 * @param scenarios the scenario packs uploaded with it, by file name; may be empty
 * @param by the admin key's label
 */
public record Upload(String version, String comment, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios,
		String by) {

	public Upload {
		workbooks = Map.copyOf(workbooks);
		scenarios = Map.copyOf(scenarios);
	}

}
