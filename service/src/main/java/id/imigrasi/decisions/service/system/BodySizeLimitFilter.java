package id.imigrasi.decisions.service.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 64 KiB (SPEC 8): at once when the declared length says so,
 * otherwise as soon as the body read passes the limit. One case is a few hundred bytes; a
 * larger body is an error or an attack, and must not cost memory.
 *
 * <p>
 * Every request is limited, whatever its path, except the multipart uploads of workbooks
 * under {@code /api/v1/rulesets} and the console's uploads of workbooks and scenario
 * packs, which the multipart limits bound instead ({@code spring.servlet.multipart.*}),
 * and the two batch screening paths, which count their own lines and bytes before
 * evaluating any ({@link #isBatchScreening}). That exception is decided on the path as
 * Spring routes it ({@link RoutedPath}): a limit keyed on the raw URI let
 * {@code /api/v1/%64ecisions/departure} through with a 2 MB body (issue 20).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

	static final long LIMIT = 64 * 1024;

	/**
	 * Where multipart uploads of workbooks (and, in the console, of scenario packs) are
	 * received.
	 */
	private static final List<String> UPLOADS = List.of("/api/v1/rulesets", "/console/rulesets", "/console/scenarios");

	/**
	 * Batch screening (SPEC 8.1) sends a manifest of up to 100,000 cases, not one, and
	 * enforces its own line and byte limits before any evaluation.
	 */
	private static final Set<String> BATCH_SCREENING_PATHS = Set.of("/api/v1/decisions/departure/batch",
			"/api/v1/decisions/passport-application/batch");

	private final ProblemResponses problems;

	BodySizeLimitFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return isWorkbookUpload(request) || isBatchScreening(RoutedPath.of(request));
	}

	/** The batch screening paths, as Spring routes them: they have their own limits. */
	static boolean isBatchScreening(String path) {
		return BATCH_SCREENING_PATHS.contains(path);
	}

	private static boolean isWorkbookUpload(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		String path = RoutedPath.of(request);
		return UPLOADS.stream().anyMatch((upload) -> path.equals(upload) || path.startsWith(upload + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > LIMIT) {
			this.problems.write(response, this.problems.bodyTooLarge(RoutedPath.instance(request)));
			return;
		}
		chain.doFilter(new LimitedRequest(request), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					count((b >= 0) ? 1 : 0);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) throws BodyTooLargeException {
					this.read += n;
					if (this.read > LIMIT) {
						throw new BodyTooLargeException(LIMIT);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
