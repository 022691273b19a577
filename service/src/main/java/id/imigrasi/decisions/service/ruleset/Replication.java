package id.imigrasi.decisions.service.ruleset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * This replica's side of the shared pointer: which activation it serves, the swap (under
 * the one lock of this replica, held for the swap only), following an activation made
 * elsewhere, compiling a version another replica is about to activate, and reporting all
 * of it in {@code ruleset_replica}. A version this replica cannot compile leaves it on
 * the version it served, not ready ({@link RulesHealthIndicator}), with the reason
 * reported.
 */
@Component
class Replication {

	private static final Logger log = LoggerFactory.getLogger(Replication.class);

	/** A replica not seen for this long is stopped or cut off: nobody waits for it. */
	static final Duration LIVE = Duration.ofSeconds(10);

	/** The activation served and, when it cannot follow the latest one, why. */
	record Serving(long activationId, RulesetInfo.Reference reference, String problem) {
	}

	private final ActiveRuleset active;

	private final RulesetStore store;

	private final CompiledVersions compiled;

	private final Clock clock;

	private final String replicaId;

	private final Duration prepareTimeout;

	private final Instant startedAt;

	private final ReentrantLock swapLock = new ReentrantLock();

	private volatile Serving serving = new Serving(-1, null, null);

	private long failedActivation = -1;

	private RulesetInfo.Reference prepared;

	private String prepareProblem;

	Replication(ActiveRuleset active, RulesetStore store, CompiledVersions compiled, Clock clock,
			RulesetConfiguration.ReplicaId replicaId,
			@Value("${decisions.rulesets.prepare-timeout:PT30S}") Duration prepareTimeout) {
		this.active = active;
		this.store = store;
		this.compiled = compiled;
		this.clock = clock;
		this.replicaId = replicaId.value();
		this.prepareTimeout = prepareTimeout;
		this.startedAt = clock.instant();
	}

	Serving serving() {
		return this.serving;
	}

	String replicaId() {
		return this.replicaId;
	}

	/**
	 * Makes {@code ruleset} active here and everywhere: one transaction that swaps it in
	 * on this replica, takes the time after the swap, records the activation and moves
	 * the pointer; if that transaction fails, the previous version is swapped back.
	 */
	void activateHere(Ruleset ruleset, String by) {
		RulesetInfo.Reference reference = ruleset.info().reference();
		this.swapLock.lock();
		try {
			Ruleset previous = this.active.engine().ruleset();
			AtomicBoolean swapped = new AtomicBoolean();
			long activationId;
			try {
				activationId = this.store.activate(reference, by, () -> {
					this.active.activate(ruleset);
					swapped.set(true);
					return this.clock.instant();
				});
			}
			catch (RuntimeException ex) {
				if (swapped.get()) {
					this.active.activate(previous);
				}
				throw ex;
			}
			this.serving = new Serving(activationId, reference, null);
			this.failedActivation = -1;
		}
		finally {
			this.swapLock.unlock();
		}
		report();
	}

	/**
	 * Asks the other live replicas to compile {@code reference} and waits until each has
	 * (or has failed to), at most {@code decisions.rulesets.prepare-timeout}: then the
	 * activation is only a swap on every replica, well within the 2 s of SPEC 9.
	 */
	void prepareOthers(RulesetInfo.Reference reference) {
		this.store.requestPrepare(reference);
		long deadline = System.nanoTime() + this.prepareTimeout.toNanos();
		while (true) {
			Instant liveSince = this.clock.instant().minus(LIVE);
			List<String> waiting = this.store.replicas()
				.stream()
				.filter((r) -> !r.replicaId().equals(this.replicaId) && r.seenAt().isAfter(liveSince))
				.filter((r) -> !(reference.version().equals(r.preparedVersion())
						&& reference.sha256().equals(r.preparedSha256())))
				.map(RulesetStore.Replica::replicaId)
				.toList();
			if (waiting.isEmpty()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				log.warn("Replicas {} did not prepare ruleset {} within {}; activating it anyway", waiting,
						reference.version(), this.prepareTimeout);
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Reads the pointer and catches up: compiles a version about to be activated, and
	 * follows an activation made on another replica.
	 * @param prepare whether to compile a version announced for activation (not at start,
	 * where only the active version matters)
	 */
	void sync(boolean prepare) {
		RulesetStore.Pointer pointer = this.store.pointer();
		if (prepare) {
			prepare(pointer.prepare());
		}
		if (pointer.activationId() > this.serving.activationId() && pointer.activationId() != this.failedActivation) {
			follow(pointer);
		}
	}

	private void prepare(RulesetInfo.Reference wanted) {
		if (wanted == null || wanted.equals(this.prepared)) {
			return;
		}
		String problem = null;
		try {
			resolve(wanted);
		}
		catch (RulesetException | RuntimeException ex) {
			problem = summary(ex);
			log.error("Cannot prepare ruleset {}: {}", wanted.version(), problem);
		}
		this.prepared = wanted;
		this.prepareProblem = problem;
		report();
	}

	private void follow(RulesetStore.Pointer pointer) {
		Ruleset target;
		try {
			target = resolve(pointer.active());
		}
		catch (RulesetException | RuntimeException ex) {
			String problem = "Cannot serve ruleset " + pointer.active().version() + " (activation "
					+ pointer.activationId() + "): " + summary(ex);
			log.error("{}; still serving {}, not ready", problem, this.active.engine().ruleset().info().version());
			this.failedActivation = pointer.activationId();
			Serving was = this.serving;
			this.serving = new Serving(was.activationId(), was.reference(), problem);
			report();
			return;
		}
		this.swapLock.lock();
		try {
			if (pointer.activationId() <= this.serving.activationId()) {
				return;
			}
			this.active.activate(target);
			this.serving = new Serving(pointer.activationId(), target.info().reference(), null);
			this.failedActivation = -1;
			log.info("Following activation {}: serving ruleset {}", pointer.activationId(), target.info().version());
		}
		finally {
			this.swapLock.unlock();
		}
		report();
	}

	/**
	 * The compiled ruleset of a reference; null stands for no activation yet (the
	 * built-in version).
	 */
	Ruleset resolve(RulesetInfo.Reference reference) throws RulesetException {
		Ruleset builtin = this.active.builtin();
		if (reference == null || reference.equals(builtin.info().reference())) {
			return builtin;
		}
		return this.compiled.get(reference)
			.orElseThrow(() -> new IllegalStateException("version " + reference.version() + " with sha256 "
					+ reference.sha256() + " is not kept in the database"));
	}

	/** Records this replica's state in the database; also its heartbeat. */
	void report() {
		Serving now = this.serving;
		RulesetInfo.Reference served = (now.reference() != null) ? now.reference()
				: this.active.engine().ruleset().info().reference();
		RulesetInfo.Reference ready = this.prepared;
		this.store.report(new RulesetStore.Replica(this.replicaId, this.startedAt, this.clock.instant(),
				now.activationId(), served.version(), served.sha256(), now.problem() == null, now.problem(),
				(ready != null) ? ready.version() : null, (ready != null) ? ready.sha256() : null,
				this.prepareProblem));
	}

	void forget() {
		this.store.forget(this.replicaId);
	}

	private static String summary(Exception ex) {
		if (ex instanceof RulesetException failure) {
			List<String> messages = failure.problems().stream().limit(3).map(Problem::message).toList();
			return failure.problems().size() + " problem(s): " + String.join("; ", messages);
		}
		return ex.getMessage();
	}

}
