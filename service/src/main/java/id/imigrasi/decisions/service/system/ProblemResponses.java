package id.imigrasi.decisions.service.system;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problems the API answers with, each with a stable type and, for bad
 * input, the list of every problem with its JSON path. Counts each rejection by reason
 * for Prometheus ({@code decisions_rejected_total}).
 */
@Component
public class ProblemResponses {

	static final String TYPE_PREFIX = "urn:imigrasi:decisions:problem:";

	/** The most errors one problem lists; the rest are counted in {@code moreErrors}. */
	public static final int MAX_ERRORS = 50;

	private final ObjectMapper json;

	private final MeterRegistry registry;

	ProblemResponses(ObjectMapper json, MeterRegistry registry) {
		this.json = json;
		this.registry = registry;
	}

	/** A problem of a given kind, e.g. {@code invalid-request}. */
	public ProblemDetail problem(HttpStatus status, String kind, String title, String detail, String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + kind));
		problem.setTitle(title);
		if (instance != null) {
			problem.setInstance(URI.create(instance));
		}
		return problem;
	}

	/** The problem a feature's exception describes. */
	public ProblemDetail of(ProblemException ex, String instance) {
		ProblemDetail problem = problem(ex.status(), ex.kind(), ex.title(), ex.getMessage(), instance);
		ex.properties().forEach(problem::setProperty);
		if (ex.rejection()) {
			rejected(ex.kind());
		}
		return problem;
	}

	/**
	 * A 400 listing every problem of the request; none of them quotes a NIK or a name.
	 */
	public ProblemDetail invalidRequest(String kind, List<InputProblem> problems, String instance) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, kind, "The request breaks the contract",
				problems.size() + " problem(s); no decision was made.", instance);
		errors(problems).forEach(problem::setProperty);
		rejected(kind);
		return problem;
	}

	/**
	 * Members {@code errors} (at most {@link #MAX_ERRORS}) and, if some were left out,
	 * {@code moreErrors} (how many).
	 */
	static Map<String, Object> errors(List<?> errors) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("errors", List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS))));
		if (errors.size() > MAX_ERRORS) {
			members.put("moreErrors", errors.size() - MAX_ERRORS);
		}
		return members;
	}

	ProblemDetail bodyTooLarge(String instance) {
		rejected("body-too-large");
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "The request body is too large",
				"A request body may be at most " + BodySizeLimitFilter.LIMIT + " bytes (64 KiB).", instance);
	}

	void rejected(String reason) {
		Counter.builder("decisions.rejected")
			.description("Requests refused before any decision, by reason")
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

	/** Writes a problem straight to the response, for filters that answer before MVC. */
	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
