package id.imigrasi.decisions.service.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the container's error page ({@code /error}) as problem+json: an error raised
 * outside Spring MVC (a filter, the container) is rendered here instead of by Spring
 * Boot's error controller, whose JSON is not RFC 9457. Asked for directly, {@code /error}
 * is simply not there (404), where Spring Boot answered 500 (issue 20).
 */
class ErrorDispatchFilter extends OncePerRequestFilter {

	static final String ERROR_PATH = "/error";

	private final ProblemResponses problems;

	ErrorDispatchFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getDispatcherType() != DispatcherType.ERROR && !ERROR_PATH.equals(RoutedPath.of(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.isCommitted()) {
			return;
		}
		HttpStatus status = HttpStatus.NOT_FOUND;
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
			HttpStatus resolved = HttpStatus.resolve(code);
			status = (resolved != null && resolved.isError()) ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		response.resetBuffer();
		this.problems.write(response, this.problems.problem(status, kind(status), status.getReasonPhrase(),
				detail(status), RoutedPath.instance(request)));
	}

	static String kind(HttpStatus status) {
		return status.is5xxServerError() ? "internal-error" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "Nothing is served at this path.";
			case BAD_REQUEST -> "The request is not well-formed HTTP.";
			case PAYLOAD_TOO_LARGE -> "The request is too large.";
			default -> status.is5xxServerError() ? "The request could not be processed; no decision was made."
					: "The request was refused.";
		};
	}

}
