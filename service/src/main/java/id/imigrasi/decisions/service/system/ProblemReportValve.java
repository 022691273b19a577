package id.imigrasi.decisions.service.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a request it refuses before any filter sees it, such as an
 * encoded {@code /} or a NUL in the path) as problem+json instead of Tomcat's HTML page
 * (issue 20). Tomcat creates it by class name as the host's error report valve, hence
 * public.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		// Fixed words only: nothing of the request, which Tomcat could not even parse.
		String body = "{\"type\":\"" + ProblemResponses.TYPE_PREFIX + ErrorDispatchFilter.kind(status)
				+ "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
				+ ErrorDispatchFilter.detail(status) + "\"}";
		try {
			byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
			response.setContentType("application/problem+json");
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response was taken: nothing left to tell.
		}
	}

}
