package id.imigrasi.decisions.model.request;

/**
 * The two decision services of SPEC 2, by the path segment callers use, with the request
 * each one reads and the field that carries its legal date.
 */
public enum DecisionService {

	PASSPORT_APPLICATION("passport-application", PassportApplication.class, "applicationDate"),

	DEPARTURE("departure", Departure.class, "checkDate");

	private final String path;

	private final Class<? extends CaseRequest> requestType;

	private final String legalDateField;

	DecisionService(String path, Class<? extends CaseRequest> requestType, String legalDateField) {
		this.path = path;
		this.requestType = requestType;
		this.legalDateField = legalDateField;
	}

	/** The name used in URLs, scenario packs and responses, e.g. {@code departure}. */
	public String path() {
		return this.path;
	}

	/** The request body this service reads (SPEC 3). */
	public Class<? extends CaseRequest> requestType() {
		return this.requestType;
	}

	/**
	 * The request field holding the legal date: {@code applicationDate} or
	 * {@code checkDate}.
	 */
	public String legalDateField() {
		return this.legalDateField;
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
