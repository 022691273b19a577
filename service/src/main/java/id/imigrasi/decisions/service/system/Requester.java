package id.imigrasi.decisions.service.system;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who makes a request: the API key's label and the roles it carries. Features decide with
 * it what a key may read (a caller only its own decisions) and write it into the access
 * log; the key itself is never known here.
 *
 * @param label the key's label, e.g. {@code caller-1}
 * @param roles every role the key carries (an admin's include auditor and caller)
 */
public record Requester(String label, Set<ApiKeys.Role> roles) {

	public Requester {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** The holder of the request's key; no key (no principal): no label, no role. */
	public static Requester of(Principal principal) {
		if (!(principal instanceof Authentication authentication) || principal.getName() == null) {
			return new Requester("anonymous", Set.of());
		}
		Set<ApiKeys.Role> roles = EnumSet.noneOf(ApiKeys.Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (ApiKeys.Role role : ApiKeys.Role.values()) {
				if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return new Requester(principal.getName(), roles);
	}

	public boolean may(ApiKeys.Role role) {
		return this.roles.contains(role);
	}

	/** The role the key was given: the strongest it carries. */
	public String role() {
		return may(ApiKeys.Role.ADMIN) ? "admin"
				: may(ApiKeys.Role.AUDITOR) ? "auditor" : may(ApiKeys.Role.CALLER) ? "caller" : "none";
	}

	/**
	 * Whether this key asked for a decision logged under {@code caller}: the log stores
	 * the label of the key that asked.
	 */
	public boolean asked(String caller) {
		return this.label.equals(caller);
	}

}
