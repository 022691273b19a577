package id.imigrasi.decisions.service.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.imigrasi.decisions.service.ruleset.Upload;

/**
 * A set of workbooks an admin has checked and may now activate, held in the admin's
 * session between the two steps so nothing has to be dropped again; gone when it is
 * activated, discarded, or the session ends.
 *
 * @param workbooks by file name
 */
record Candidate(String version, String comment, Map<String, byte[]> workbooks) implements Serializable {

	static final String SESSION_KEY = Candidate.class.getName();

	Candidate {
		workbooks = new TreeMap<>(workbooks);
	}

	Upload upload(String by) {
		return new Upload(this.version, this.comment, this.workbooks, Map.of(), by);
	}

	/** The file names, for the page. */
	public List<String> files() {
		return List.copyOf(this.workbooks.keySet());
	}

}
