package id.imigrasi.decisions.model;

import id.imigrasi.decisions.model.request.DecisionService;

/**
 * What a decision-table row recommends, with the precedence of SPEC 2.1 and 2.2: a higher
 * {@link #severity()} wins. {@link #REFER} marks rows of the referral table, which add a
 * referral and never change the recommendation.
 */
public enum Outcome {

	REFUSE(DecisionService.PASSPORT_APPLICATION, 4, true), SUSPEND(DecisionService.PASSPORT_APPLICATION, 3, true),
	IN_DEPTH_INTERVIEW(DecisionService.PASSPORT_APPLICATION, 2, false),
	REQUEST_DOCUMENTS(DecisionService.PASSPORT_APPLICATION, 1, false),
	/** What a passport application gets when no row matches. */
	ISSUE(DecisionService.PASSPORT_APPLICATION, 0, false),

	REFUSE_EXIT(DecisionService.DEPARTURE, 3, true), DEFER(DecisionService.DEPARTURE, 2, true),
	SECONDARY_INSPECTION(DecisionService.DEPARTURE, 1, false),
	/** What a departure gets when no row matches. */
	ALLOW(DecisionService.DEPARTURE, 0, false),

	REFER(null, -1, false);

	private final DecisionService service;

	private final int severity;

	private final boolean restrictive;

	Outcome(DecisionService service, int severity, boolean restrictive) {
		this.service = service;
		this.severity = severity;
		this.restrictive = restrictive;
	}

	/**
	 * The service this outcome belongs to; {@code null} for {@link #REFER}, which both
	 * use.
	 */
	public DecisionService service() {
		return this.service;
	}

	public int severity() {
		return this.severity;
	}

	/**
	 * Whether the outcome keeps a citizen from a passport or from leaving. UU 6/2011
	 * Pasal 2 guarantees the right to travel, so SPEC 2.5 forbids such an outcome on sex,
	 * age, region, religion or occupation alone.
	 */
	public boolean restrictive() {
		return this.restrictive;
	}

	/** The recommendation when no row matches: {@code ISSUE} or {@code ALLOW}. */
	public static Outcome noFindingFor(DecisionService service) {
		for (Outcome outcome : values()) {
			if (outcome.service == service && outcome.severity == 0) {
				return outcome;
			}
		}
		throw new IllegalArgumentException("No outcome of " + service);
	}

}
