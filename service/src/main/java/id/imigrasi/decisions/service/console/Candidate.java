package id.imigrasi.decisions.service.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.imigrasi.decisions.service.ruleset.Upload;

/**
 * A set of workbooks an admin has checked and may now activate, held in the admin's
 * session between the two steps so nothing has to be dropped again; gone when it is
 * activated, discarded, or the session ends. What came with it (scenario packs,
 * properties of the law, leave to go live with rows no scenario reaches) is held too, so
 * the activation is gated exactly as the check was.
 *
 * @param workbooks by file name
 * @param scenarios scenario packs by file name
 * @param properties property files by file name
 */
record Candidate(String version, String comment, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios,
		Map<String, byte[]> properties, boolean allowUncovered) implements Serializable {

	static final String SESSION_KEY = Candidate.class.getName();

	Candidate {
		workbooks = new TreeMap<>(workbooks);
		scenarios = new TreeMap<>(scenarios);
		properties = new TreeMap<>(properties);
	}

	Upload upload(String by) {
		return new Upload(this.version, this.comment, this.workbooks, this.scenarios, by, this.properties,
				this.allowUncovered);
	}

	/** Every file name, for the page. */
	public List<String> files() {
		List<String> files = new java.util.ArrayList<>(this.workbooks.keySet());
		files.addAll(this.scenarios.keySet());
		files.addAll(this.properties.keySet());
		return files;
	}

}
