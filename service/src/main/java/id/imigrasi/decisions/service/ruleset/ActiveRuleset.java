package id.imigrasi.decisions.service.ruleset;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * The ruleset that answers decisions now. The service starts on the one built into the
 * KJAR; a request takes the engine once and finishes on it, so a swap never splits a
 * decision between two versions: requests in flight finish on the version they started
 * on, the next one sees the new version.
 */
@Component
public class ActiveRuleset {

	private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

	private final Clock clock;

	private final Ruleset builtin;

	private final AtomicReference<DecisionEngine> engine;

	private volatile Function<RulesetInfo.Reference, Optional<Ruleset>> kept = (reference) -> Optional.empty();

	public ActiveRuleset(Clock clock) throws RulesetException {
		this.clock = clock;
		this.builtin = Ruleset.embedded();
		this.engine = new AtomicReference<>(new DecisionEngine(this.builtin, clock));
		log.info("Rules compiled: version {}, sha256 {}, tables {}", this.builtin.info().version(),
				this.builtin.info().sha256(), this.builtin.info().tables());
	}

	/** The engine of the active version; take it once per decision. */
	public DecisionEngine engine() {
		return this.engine.get();
	}

	/** The ruleset built into the KJAR, always available to fall back on. */
	public Ruleset builtin() {
		return this.builtin;
	}

	/**
	 * The engine of a given ruleset version, to replay a logged decision under the exact
	 * rules that made it; empty when that version is not kept or its workbooks differ
	 * (sha256).
	 */
	public Optional<DecisionEngine> engineFor(RulesetInfo.Reference ruleset) {
		DecisionEngine current = this.engine.get();
		if (current.ruleset().info().reference().equals(ruleset)) {
			return Optional.of(current);
		}
		if (this.builtin.info().reference().equals(ruleset)) {
			return Optional.of(new DecisionEngine(this.builtin, this.clock));
		}
		return this.kept.apply(ruleset)
			.filter((found) -> found.info().reference().equals(ruleset))
			.map((found) -> new DecisionEngine(found, this.clock));
	}

	/**
	 * Makes {@code ruleset} the active version for every decision that starts from now
	 * on.
	 */
	void activate(Ruleset ruleset) {
		this.engine.set(new DecisionEngine(ruleset, this.clock));
		log.info("Ruleset activated: version {}, sha256 {}", ruleset.info().version(), ruleset.info().sha256());
	}

	/** Where kept versions are found for replays (the lifecycle's store). */
	void useKeptVersions(Function<RulesetInfo.Reference, Optional<Ruleset>> lookup) {
		this.kept = lookup;
	}

}
