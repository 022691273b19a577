package id.imigrasi.decisions.service.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The console's own filter chain, ahead of the API's: a session instead of a key on every
 * request, CSRF tokens on every form, pages by role. The roles are the API's (the session
 * holds the authorities {@code ApiKeys.authenticate} gives the key), so a page needs the
 * role its API call needs: rulesets an admin, criteria statistics and the decision log an
 * auditor (an admin carries both). The API's chain stays stateless and never reads a
 * session, so the console's cookie authenticates nothing under {@code /api}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	static final String SIGN_IN = "/console/sign-in";

	static final String DENIED = "/console/denied";

	/**
	 * No script at all (the pages need none), styles and images from the jar only, forms
	 * only to the console, never framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
			+ "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain console(HttpSecurity http, ConsoleSignIn signIn) throws Exception {
		AccessDeniedHandlerImpl deniedPage = new AccessDeniedHandlerImpl();
		deniedPage.setErrorPage(DENIED);
		http.securityMatcher("/console", "/console/**")
			.securityContext((context) -> context.securityContextRepository(signIn.repository()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout
				.logoutRequestMatcher(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/console/sign-out"))
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("JSESSIONID")
				.logoutSuccessUrl(SIGN_IN + "?signed-out"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			.authorizeHttpRequests((pages) -> {
				pages.requestMatchers(SIGN_IN, DENIED, "/console/assets/**").permitAll();
				for (Page page : Page.values()) {
					if (page.role() != null) {
						pages.requestMatchers(page.path(), page.path() + "/**").hasRole(page.role().name());
					}
				}
				pages.anyRequest().authenticated();
			})
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(ConsoleSecurity::toSignIn)
				.accessDeniedHandler((request, response, ex) -> {
					if (ex instanceof CsrfException && expired(request)) {
						// A form sent after the session ended: sign in again, told why.
						toSignIn(request, response, ex);
					}
					else {
						deniedPage.handle(request, response, ex);
					}
				}));
		return http.build();
	}

	/**
	 * Sends to the sign-in page, saying so when the session the browser presented has
	 * ended, and coming back to the page asked for after signing in.
	 */
	private static void toSignIn(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws IOException {
		List<String> query = new ArrayList<>();
		if (expired(request)) {
			query.add("expired");
		}
		String next = ConsoleSignIn.safeNext(request.getRequestURI().substring(request.getContextPath().length()));
		if ("GET".equals(request.getMethod()) && next != null) {
			query.add("next=" + next);
		}
		response
			.sendRedirect(request.getContextPath() + SIGN_IN + (query.isEmpty() ? "" : "?" + String.join("&", query)));
	}

	private static boolean expired(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
