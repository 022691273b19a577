package id.imigrasi.decisions.model;

/** The two decision services of SPEC 2, by the path segment callers use. */
public enum DecisionService {

	PASSPORT_APPLICATION("passport-application"), DEPARTURE("departure");

	private final String path;

	DecisionService(String path) {
		this.path = path;
	}

	/** The name used in URLs, scenario packs and responses, e.g. {@code departure}. */
	public String path() {
		return this.path;
	}

	public static DecisionService fromPath(String path) {
		for (DecisionService service : values()) {
			if (service.path.equals(path)) {
				return service;
			}
		}
		throw new IllegalArgumentException("Unknown decision service '" + path + "'");
	}

}
