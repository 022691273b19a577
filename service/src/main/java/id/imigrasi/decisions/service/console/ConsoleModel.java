package id.imigrasi.decisions.service.console;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.system.Requester;

/**
 * What every console page shows around its content: who is signed in and in which role,
 * the pages that role may open, the active ruleset, and the switch to the other language.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

	private static final Map<String, String> TONES = Arrays.stream(Outcome.values())
		.collect(Collectors.toUnmodifiableMap(Outcome::name, (outcome) -> (outcome == Outcome.REFER) ? "refer"
				: outcome.restrictive() ? "bad" : (outcome.severity() > 0) ? "warn" : "good"));

	private final ActiveRuleset active;

	ConsoleModel(ActiveRuleset active) {
		this.active = active;
	}

	/**
	 * The signed-in key as the page shows it; null on the sign-in page.
	 *
	 * @param label the key's label, never the key
	 * @param role {@code caller}, {@code auditor} or {@code admin}
	 * @param pages the pages this key may open, in menu order
	 */
	record User(String label, String role, List<NavItem> pages) {
	}

	/** One entry of the menu. */
	record NavItem(String id, String path, boolean current) {
	}

	@ModelAttribute("user")
	User user(Principal principal, HttpServletRequest request) {
		Requester who = Requester.of(principal);
		if (who.roles().isEmpty()) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<NavItem> pages = Arrays.stream(Page.values())
			.filter((page) -> page.openTo(who))
			.map((page) -> new NavItem(page.id(), page.path(),
					path.equals(page.path()) || path.startsWith(page.path() + "/")))
			.toList();
		return new User(who.label(), who.role(), pages);
	}

	/**
	 * How each outcome is coloured: {@code bad} keeps a citizen from a passport or from
	 * leaving, {@code warn} asks for more, {@code good} lets the case go on,
	 * {@code refer} refers it.
	 */
	@ModelAttribute("tone")
	Map<String, String> tone() {
		return TONES;
	}

	@ModelAttribute("activeVersion")
	String activeVersion() {
		return this.active.engine().ruleset().info().version();
	}

	/** The language the page is not in, to switch to. */
	@ModelAttribute("otherLanguage")
	String otherLanguage(Locale locale) {
		return "en".equals(ConsoleLanguage.supported(locale).getLanguage()) ? "id" : "en";
	}

	/**
	 * Where the switch leads: this page again if it was asked for with GET (its query
	 * without the old choice), else the page's section, since a form's answer cannot be
	 * asked for again without sending the form.
	 */
	@ModelAttribute("switchPath")
	String switchPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"GET".equals(request.getMethod())) {
			String[] parts = path.split("/");
			return (parts.length > 2) ? "/console/" + parts[2] : "/console";
		}
		return path;
	}

}
