package id.imigrasi.decisions.service.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Calls an API endpoint in process, as the signed-in key, and keeps its answer for the
 * page instead of sending it: for features the console reaches by their contract (SPEC
 * 8.1) rather than by their classes, such as the citizen's notice. The request is
 * forwarded, so the endpoint runs with the session's authentication and makes its own
 * checks (ownership, access log); the API's key filter does not run again, the role the
 * console page needs having been checked already.
 */
final class InProcess {

	/** The detail of the API's 404 for a path nothing is mapped to. */
	static final String NOTHING_SERVED = "Nothing is served at this path";

	static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; form-action 'none'";

	private InProcess() {
	}

	/**
	 * What the endpoint answered.
	 *
	 * @param disposition its {@code Content-Disposition}, or null
	 */
	record Answer(int status, String contentType, String disposition, byte[] body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/**
		 * The answer to send on as it came. A document of its own (the notice brings its
		 * styles inline), so it gets a policy of its own: its styles, nothing active.
		 */
		ResponseEntity<byte[]> entity() {
			ResponseEntity.BodyBuilder builder = ResponseEntity.status(this.status)
				.header("Content-Security-Policy", DOCUMENT_POLICY);
			if (this.contentType != null) {
				builder.header(HttpHeaders.CONTENT_TYPE, this.contentType);
			}
			if (this.disposition != null) {
				builder.header(HttpHeaders.CONTENT_DISPOSITION, this.disposition);
			}
			return builder.body(this.body);
		}

		/**
		 * Whether the API has such an endpoint at all: false for a feature not in this
		 * build, whose path only the static resources answer (404 "Nothing is served at
		 * this path", or 405 to a POST).
		 */
		boolean served() {
			return !(this.status == HttpServletResponse.SC_METHOD_NOT_ALLOWED
					|| (this.status == HttpServletResponse.SC_NOT_FOUND && text().contains(NOTHING_SERVED)));
		}

	}

	/**
	 * Forwards the request to {@code path} (which may carry a query) and answers what the
	 * endpoint wrote, without sending it.
	 */
	static Answer call(HttpServletRequest request, HttpServletResponse response, String path)
			throws ServletException, IOException {
		Captured captured = new Captured(response);
		request.getRequestDispatcher(path).forward(request, captured);
		return new Answer(captured.status, captured.contentType, captured.disposition, captured.body.toByteArray());
	}

	/** A response that keeps status, type and body, and sends nothing. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		private int status = SC_OK;

		private String contentType;

		private String disposition;

		private String encoding = StandardCharsets.UTF_8.name();

		private PrintWriter writer;

		private ServletOutputStream stream;

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int sc) {
			this.status = sc;
		}

		@Override
		public int getStatus() {
			return this.status;
		}

		@Override
		public void sendError(int sc) {
			this.status = sc;
		}

		@Override
		public void sendError(int sc, String msg) {
			this.status = sc;
		}

		@Override
		public void sendRedirect(String location) {
			this.status = SC_FOUND;
		}

		@Override
		public void setContentType(String type) {
			this.contentType = type;
		}

		@Override
		public String getContentType() {
			return this.contentType;
		}

		@Override
		public void setCharacterEncoding(String charset) {
			this.encoding = charset;
		}

		@Override
		public String getCharacterEncoding() {
			return this.encoding;
		}

		@Override
		public void setHeader(String name, String value) {
			keep(name, value);
		}

		@Override
		public void addHeader(String name, String value) {
			keep(name, value);
		}

		private void keep(String name, String value) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				this.contentType = value;
			}
			else if (HttpHeaders.CONTENT_DISPOSITION.equalsIgnoreCase(name)) {
				this.disposition = value;
			}
		}

		@Override
		public void setContentLength(int len) {
		}

		@Override
		public void setContentLengthLong(long len) {
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		@Override
		public void reset() {
			resetBuffer();
			this.status = SC_OK;
			this.contentType = null;
			this.disposition = null;
		}

		@Override
		public void resetBuffer() {
			this.body.reset();
		}

		@Override
		public void flushBuffer() {
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (this.stream == null) {
				this.stream = new ServletOutputStream() {

					@Override
					public void write(int b) {
						Captured.this.body.write(b);
					}

					@Override
					public void write(byte[] b, int off, int len) {
						Captured.this.body.write(b, off, len);
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
					}

				};
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(
						new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(this.encoding)),
						true);
			}
			return this.writer;
		}

	}

}
