package id.imigrasi.decisions.service.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code X-API-Key} header. The principal is the key's
 * label, so logs and the decision log never hold a key; the authorities are its roles
 * ({@link ApiKeys#authenticate}, {@link Requester#of}): an admin may do all an auditor
 * may (SPEC 8.1) and, as before, all a caller may.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeys keys;

	ApiKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.keys.authenticate(request.getHeader(HEADER))
			.ifPresent((authentication) -> SecurityContextHolder.getContext().setAuthentication(authentication));
		chain.doFilter(request, response);
	}

}
