package id.imigrasi.decisions.service.console;

import id.imigrasi.decisions.service.system.ApiKeys;
import id.imigrasi.decisions.service.system.Requester;

/**
 * The console's pages and the role each needs, the same role its API calls need (SPEC
 * 8.1). The security chain guards the paths with these roles and the navigation lists
 * only the pages a key may open: one list, so the two cannot disagree.
 */
enum Page {

	/** Evaluate a case of one's own: everyone. */
	TRY("try", null),

	/** Run the trainers' packs: everyone. */
	SCENARIOS("scenarios", null),

	/** Upload, check, activate and roll back rulesets: admins. */
	RULESETS("rulesets", ApiKeys.Role.ADMIN),

	/** Criteria statistics: auditors and admins. */
	CRITERIA("criteria", ApiKeys.Role.AUDITOR),

	/** Search, read and replay logged decisions, print notices: auditors and admins. */
	DECISIONS("decisions", ApiKeys.Role.AUDITOR);

	private final String path;

	private final ApiKeys.Role role;

	Page(String path, ApiKeys.Role role) {
		this.path = path;
		this.role = role;
	}

	/** {@code /console/try} */
	String path() {
		return "/console/" + this.path;
	}

	/** The last part of the path, also the key of its messages ({@code nav.try}). */
	String id() {
		return this.path;
	}

	/** The role it needs, or null for any signed-in key. */
	ApiKeys.Role role() {
		return this.role;
	}

	boolean openTo(Requester who) {
		return (this.role == null) ? !who.roles().isEmpty() : who.may(this.role);
	}

}
