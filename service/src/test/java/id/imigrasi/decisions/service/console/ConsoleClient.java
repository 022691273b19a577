package id.imigrasi.decisions.service.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the console's session rules: keeps cookies, follows no
 * redirect, sends forms with the CSRF token the last page carried.
 */
final class ConsoleClient {

	/** The keys of the test profile ({@code application-test.properties}). */
	static final String CALLER = "test-caller-key";

	static final String AUDITOR = "test-auditor-key";

	static final String ADMIN = "test-admin-key";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String csrf;

	ConsoleClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	HttpResponse<String> get(String path) {
		return remember(send(HttpRequest.newBuilder(uri(path)).GET().build()));
	}

	/** A form as the page sends it, with the token of the last page fetched. */
	HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrf != null && !fields.containsKey("_csrf")) {
			fields.put("_csrf", this.csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return remember(send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build()));
	}

	/** Signs in with a key; the answer is the redirect that follows a sign-in. */
	HttpResponse<String> signIn(String key) {
		get("/console/sign-in");
		return post("/console/sign-in", Map.of("key", key));
	}

	HttpResponse<String> api(String path, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return send(request.build());
	}

	/** Replaces the session cookie, e.g. with one of a session that has ended. */
	void setSessionCookie(String value) {
		this.cookies.getCookieStore().removeAll();
		HttpCookie cookie = new HttpCookie("JSESSIONID", value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(uri("/"), cookie);
	}

	String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
