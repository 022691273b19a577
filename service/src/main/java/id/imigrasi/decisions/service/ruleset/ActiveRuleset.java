package id.imigrasi.decisions.service.ruleset;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
 * decision between two versions.
 */
@Component
public class ActiveRuleset {

	private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

	private final Clock clock;

	private final AtomicReference<DecisionEngine> engine;

	private final DecisionEngine embedded;

	public ActiveRuleset(Clock clock) throws RulesetException {
		this.clock = clock;
		Ruleset builtIn = Ruleset.embedded();
		this.embedded = new DecisionEngine(builtIn, clock);
		this.engine = new AtomicReference<>(this.embedded);
		log.info("Rules compiled: version {}, sha256 {}, tables {}", builtIn.info().version(), builtIn.info().sha256(),
				builtIn.info().tables());
	}

	/** The engine of the active version; take it once per decision. */
	public DecisionEngine engine() {
		return this.engine.get();
	}

	/**
	 * The engine of exactly this version and hash, for a replay (UU 27/2022 Pasal 10):
	 * the active one or the one built in, while no other version is kept. Empty when
	 * neither matches, so a replay never silently runs on other tables.
	 */
	public Optional<DecisionEngine> engineFor(RulesetInfo.Reference reference) {
		DecisionEngine current = this.engine.get();
		if (current.ruleset().info().reference().equals(reference)) {
			return Optional.of(current);
		}
		if (this.embedded.ruleset().info().reference().equals(reference)) {
			return Optional.of(this.embedded);
		}
		return Optional.empty();
	}

	/**
	 * Makes {@code ruleset} the active version for every decision that starts from now
	 * on.
	 */
	public void activate(Ruleset ruleset) {
		this.engine.set(new DecisionEngine(ruleset, this.clock));
		log.info("Ruleset activated: version {}, sha256 {}", ruleset.info().version(), ruleset.info().sha256());
	}

}
