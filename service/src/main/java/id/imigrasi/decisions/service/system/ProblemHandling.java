package id.imigrasi.decisions.service.system;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as {@code application/problem+json} (RFC 9457, SPEC 8). Bad input lists
 * every problem with its JSON path; nothing here quotes the body, so a NIK or a name
 * never comes back in an error. Unexpected failures say nothing of their cause to the
 * caller.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	private final ProblemResponses problems;

	ProblemHandling(ProblemResponses problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> problem(ProblemException ex, HttpServletRequest request) {
		return problemResponse(this.problems.of(ex, RoutedPath.instance(request)));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		// The type and the stack, not the message: messages of parsing
		// libraries can quote input.
		Throwable scrubbed = new IllegalStateException(ex.getClass().getName());
		scrubbed.setStackTrace(ex.getStackTrace());
		String instance = RoutedPath.instance(request);
		log.error("Unexpected failure on {}", instance, scrubbed);
		return problemResponse(this.problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Internal error", "The request could not be processed; no decision was made.", instance));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String instance = uri(request);
		if (causedBy(ex, BodyTooLargeException.class) != null) {
			return problemResponse(this.problems.bodyTooLarge(instance));
		}
		JsonProcessingException json = causedBy(ex, JsonProcessingException.class);
		String message = "a JSON body is required";
		if (json != null && json.getLocation() != null && json.getLocation().getLineNr() > 0
				&& !json.getOriginalMessage().startsWith("No content")) {
			message = "is not well-formed JSON (line " + json.getLocation().getLineNr() + ", column "
					+ json.getLocation().getColumnNr() + ")";
		}
		return problemResponse(
				this.problems.invalidRequest("malformed-json", List.of(new InputProblem("$", message)), instance));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		this.problems.rejected("unsupported-media-type");
		ProblemDetail problem = this.problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"Unsupported media type", "Send the request as application/json.", uri(request));
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Spring's text quotes the path, which may hold a NIK. */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return createResponseEntity(ProblemDetail.forStatusAndDetail(status, "Nothing is served at this path."),
				headers, status, request);
	}

	/** Spring's text quotes the value, which may be anything the caller sent. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? "'" + ex.getPropertyName() + "' " : "A parameter ";
		return createResponseEntity(ProblemDetail.forStatusAndDetail(status, name + "has a value of the wrong type."),
				headers, status, request);
	}

	/**
	 * Spring's own problems (404, 405, 406 ...) keep their text but always as
	 * problem+json, with an {@code instance} that shows no personal data.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setInstance((uri(request) != null) ? URI.create(uri(request)) : null);
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String uri(WebRequest request) {
		return (request instanceof ServletWebRequest servlet) ? RoutedPath.instance(servlet.getRequest()) : null;
	}

	private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
