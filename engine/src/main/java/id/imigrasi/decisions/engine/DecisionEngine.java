package id.imigrasi.decisions.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import id.imigrasi.decisions.engine.internal.Evaluation;
import id.imigrasi.decisions.model.CaseFacts;
import id.imigrasi.decisions.model.DecisionService;
import id.imigrasi.decisions.model.Departure;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.PassportApplication;
import id.imigrasi.decisions.model.PassportApplicationFacts;

/**
 * Evaluates one case against a ruleset and explains the recommendation. The one way in
 * for the service, the scenario runner, the validator and the benchmark. Thread-safe: the
 * KieBase is shared, every evaluation gets its own session.
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
	public LocalDate legalDate(LocalDate requested) {
		return (requested != null) ? requested : LocalDate.now(this.clock);
	}

	public Decision evaluate(PassportApplication application) {
		LocalDate legalDate = legalDate(application.applicationDate());
		return evaluate(DecisionService.PASSPORT_APPLICATION,
				new PassportApplicationFacts(application, legalDate, listsOn(legalDate)), legalDate);
	}

	public Decision evaluate(Departure departure) {
		LocalDate legalDate = legalDate(departure.checkDate());
		return evaluate(DecisionService.DEPARTURE, new DepartureFacts(departure, legalDate, listsOn(legalDate)),
				legalDate);
	}

	private Decision evaluate(DecisionService service, CaseFacts facts, LocalDate legalDate) {
		return Evaluation.run(this.ruleset.kieBase(), this.ruleset.rows(), this.ruleset.lists(),
				this.ruleset.info().reference(), service, facts, legalDate);
	}

	private Function<String, Set<String>> listsOn(LocalDate legalDate) {
		return (country) -> this.ruleset.lists().listsOf(country, legalDate);
	}

}
