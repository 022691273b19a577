package id.imigrasi.decisions.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import id.imigrasi.decisions.model.request.CaseRequest;

/**
 * Evaluates one case against a ruleset and explains the recommendation. The one way in
 * for the service, the scenario runner, the validator and the benchmark. Thread-safe: the
 * ruleset is shared, every evaluation has its own working memory.
 */
public final class DecisionEngine {

	/** Legal dates default to today where the officers are. */
	public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final Ruleset ruleset;

	private final Clock clock;

	public DecisionEngine(Ruleset ruleset) {
		this(ruleset, Clock.system(JAKARTA));
	}

	public DecisionEngine(Ruleset ruleset, Clock clock) {
		this.ruleset = Objects.requireNonNull(ruleset);
		this.clock = clock.withZone(JAKARTA);
	}

	public Ruleset ruleset() {
		return this.ruleset;
	}

	/**
	 * The legal date of a case: the date the request gives, else today in Asia/Jakarta.
	 */
	public LocalDate legalDate(CaseRequest request) {
		LocalDate requested = request.requestedLegalDate();
		return (requested != null) ? requested : LocalDate.now(this.clock);
	}

	public Decision evaluate(CaseRequest request) {
		return this.ruleset.evaluate(request, legalDate(request));
	}

}
