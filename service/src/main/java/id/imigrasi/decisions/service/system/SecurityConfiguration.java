package id.imigrasi.decisions.service.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every {@code /api/**} call needs an API key (SPEC 8.1, 9), and the key's role decides
 * which: deciding and recording an outcome take a caller key; search, replay and the
 * criteria statistics an auditor key; ruleset upload and activation and the access log an
 * admin key (an admin may do all an auditor may, and decide). Reading one decision takes
 * any key, and the feature then lets a caller read only its own. Prometheus metrics and
 * health details need a key too; liveness, readiness (without details) and the API
 * documentation stay open. Stateless: no session, no cookie, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ProblemResponses problems) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/rulesets", "/api/v1/rulesets/**")
						.hasRole("ADMIN")
						.requestMatchers("/api/v1/access-log", "/api/v1/access-log/**")
						.hasRole("ADMIN")
						.requestMatchers(HttpMethod.POST, "/api/v1/decisions/search", "/api/v1/decisions/*/replay")
						.hasRole("AUDITOR")
						.requestMatchers("/api/v1/criteria", "/api/v1/criteria/**")
						.hasRole("AUDITOR")
						.requestMatchers(HttpMethod.POST, "/api/v1/decisions/passport-application/**",
								"/api/v1/decisions/departure/**", "/api/v1/decisions/*/outcome")
						.hasRole("CALLER")
						.requestMatchers("/api/**")
						.hasAnyRole("CALLER", "AUDITOR", "ADMIN")
						.requestMatchers("/actuator/prometheus")
						.hasAnyRole("CALLER", "AUDITOR", "ADMIN")
						.anyRequest()
						.permitAll())
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(response,
						problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "API key required",
								"Send a valid key in the " + ApiKeyFilter.HEADER + " header.",
								RoutedPath.instance(request))))
				.accessDeniedHandler((request, response, ex) -> problems.write(response,
						problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed with this key",
								"This key's role may not make this call: deciding and outcomes take a caller key; "
										+ "search, replay and criteria an auditor key; rulesets and the access log an "
										+ "admin key.",
								RoutedPath.instance(request)))));
		return http.build();
	}

	/**
	 * No Micrometer observation around each security filter, nor around authorization:
	 * {@code management.observations.enable.spring.security=false} only made them no-ops,
	 * still created and wrapped per filter per request (issue 18's profile).
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The firewall's refusals ({@code ;}, {@code //}, an encoded {@code /} or {@code .})
	 * as problem+json like every other error, not Spring Boot's error JSON.
	 */
	@Bean
	RequestRejectedHandler problemOnRejectedUrl(ProblemResponses problems) {
		return (request, response, ex) -> {
			problems.rejected("rejected-url");
			problems.write(response,
					problems.problem(HttpStatus.BAD_REQUEST, "rejected-url", "URL not accepted",
							"Send the plain path: no ';' parameters, no '//', no encoded '/', '\\' or '.'.",
							RoutedPath.instance(request)));
		};
	}

	/** No user accounts: keeps Spring Boot from generating a default password. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
