package id.imigrasi.decisions.service.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure a feature answers as {@code application/problem+json} (RFC 9457): its status,
 * a stable kind (the last part of the problem type), a title, a detail and any further
 * members such as the list of errors. Features throw subclasses; the shared handling
 * turns every one into the same shape without knowing the feature.
 */
public abstract class ProblemException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String kind;

	private final String title;

	private final transient Map<String, Object> properties = new LinkedHashMap<>();

	/**
	 * @param detail what happened, in a sentence the caller can show; never quotes
	 * personal data, since it may also reach a log
	 */
	protected ProblemException(HttpStatus status, String kind, String title, String detail) {
		super(detail);
		this.status = status;
		this.kind = kind;
		this.title = title;
	}

	/** Adds a member to the problem. */
	protected final void property(String name, Object value) {
		this.properties.put(name, value);
	}

	/**
	 * The list of what is wrong, as member {@code errors}: the first
	 * {@value ProblemResponses#MAX_ERRORS}, and the count of the rest as
	 * {@code moreErrors}, so that a small request cannot answer a large problem (a 61 KB
	 * body once drew a 1.85 MB list, issue 20).
	 */
	protected final void errors(List<?> errors) {
		ProblemResponses.errors(errors).forEach(this.properties::put);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

	/**
	 * Whether the request was refused before any decision, for the
	 * {@code decisions_rejected_total} count.
	 */
	public boolean rejection() {
		return false;
	}

}
