package id.imigrasi.decisions.service.console;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.imigrasi.decisions.service.system.ApiKeys;

/**
 * Signing in with an API key: the key is sent once, in the body of a form, checked by
 * {@link ApiKeys#authenticate} as the API checks it, and forgotten. The new session
 * (never the one the sign-in page was served in) holds what the key stands for, its label
 * and roles, and the browser only the session's cookie.
 */
@Controller
class ConsoleSignIn {

	private static final Pattern NEXT = Pattern.compile("/console(/[A-Za-z0-9._/-]{0,200})?");

	private final ApiKeys keys;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	ConsoleSignIn(ApiKeys keys) {
		this.keys = keys;
	}

	SecurityContextRepository repository() {
		return this.repository;
	}

	@GetMapping(ConsoleSecurity.SIGN_IN)
	String signInPage(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
		model.addAttribute("next", safeNext(next));
		model.addAttribute("expired", request.getParameter("expired") != null);
		model.addAttribute("signedOut", request.getParameter("signed-out") != null);
		return "console/sign-in";
	}

	@PostMapping(ConsoleSecurity.SIGN_IN)
	String signIn(@RequestParam(defaultValue = "") String key, @RequestParam(required = false) String next,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Authentication authentication = this.keys.authenticate(key.strip()).orElse(null);
		if (authentication == null) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			model.addAttribute("next", safeNext(next));
			model.addAttribute("unknownKey", true);
			return "console/sign-in";
		}
		// A fresh session: nothing of the anonymous one (its CSRF token, an attacker's
		// planted session ID) carries over into the signed-in one.
		HttpSession old = request.getSession(false);
		if (old != null) {
			old.invalidate();
		}
		request.getSession(true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
		String target = safeNext(next);
		return "redirect:" + ((target != null) ? target : "/console");
	}

	/** Any method: a refused form is forwarded here as it was sent. */
	@RequestMapping(ConsoleSecurity.DENIED)
	String denied(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "console/denied";
	}

	/** A page of the console to come back to, or null: never a link elsewhere. */
	static String safeNext(String next) {
		if (next == null || !NEXT.matcher(next).matches() || next.contains("..")
				|| next.startsWith(ConsoleSecurity.SIGN_IN) || next.startsWith("/console/sign-out")) {
			return null;
		}
		return next;
	}

}
