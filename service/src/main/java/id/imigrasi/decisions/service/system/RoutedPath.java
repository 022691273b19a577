package id.imigrasi.decisions.service.system;

import java.util.StringJoiner;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path of a request as Spring routes it (percent-decoded, {@code ;} parameters and
 * doubled slashes removed), not as the client spelt it: {@code /api/v1/%64ecisions} is
 * {@code /api/v1/decisions}, so a limit keyed on the path cannot be stepped around. And
 * the same path as a problem may show it in {@code instance}: a segment that could carry
 * personal data (a run of more than 12 digits, such as a NIK, or anything but letters,
 * digits and {@code . _ ~ -}) is shown as {@code *}. A decision ID (a UUID) has at most
 * 12 digits in a row, so it stays readable.
 */
public final class RoutedPath {

	private static final UrlPathHelper DECODED = new UrlPathHelper();

	private static final Pattern PLAIN_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

	private static final Pattern LONG_DIGITS = Pattern.compile("\\d{13,}");

	private static final int MAX_SEGMENTS = 16;

	static {
		DECODED.setUrlDecode(true);
		DECODED.setRemoveSemicolonContent(true);
	}

	private RoutedPath() {
	}

	/**
	 * The decoded path within the application; the error page's path for an error
	 * dispatch is the original request's.
	 */
	public static String of(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		try {
			if (original instanceof String uri) {
				String context = request.getContextPath();
				String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
				return normalise(DECODED.decodeRequestString(request, DECODED.removeSemicolonContent(path)));
			}
			return normalise(DECODED.getPathWithinApplication(request));
		}
		catch (RuntimeException ex) {
			// Undecodable: nothing of it is routed, and nothing of it is shown.
			return "/";
		}
	}

	/** The routed path with every segment that may be personal data as {@code *}. */
	public static String instance(HttpServletRequest request) {
		String[] segments = of(request).split("/");
		StringJoiner shown = new StringJoiner("/", "/", "");
		int count = 0;
		for (String segment : segments) {
			if (segment.isEmpty()) {
				continue;
			}
			if (++count > MAX_SEGMENTS) {
				shown.add("*");
				break;
			}
			boolean plain = PLAIN_SEGMENT.matcher(segment).matches() && !LONG_DIGITS.matcher(segment).find()
					&& !segment.equals(".") && !segment.equals("..");
			shown.add(plain ? segment : "*");
		}
		return shown.toString();
	}

	private static String normalise(String path) {
		String collapsed = path.replaceAll("/{2,}", "/");
		return collapsed.startsWith("/") ? collapsed : "/" + collapsed;
	}

}
