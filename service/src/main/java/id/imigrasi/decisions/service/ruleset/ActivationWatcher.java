package id.imigrasi.decisions.service.ruleset;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps this replica on the shared pointer: wakes on a notice from another replica
 * (PostgreSQL LISTEN, tens of milliseconds) and in any case every
 * {@code decisions.rulesets.poll-interval} (default 1 s), reads the pointer and catches
 * up ({@link Replication#sync}); reports the replica's state every 2 s.
 *
 * <p>
 * Why both: NOTIFY alone is lost while a listener reconnects (a database restart, a
 * network cut) and nothing tells the replica it missed one; polling alone would do (one
 * indexed single-row read per replica per second) but adds up to a second to every
 * activation. With the notice, the other replicas swap within tens of milliseconds of the
 * commit; with the poll, a lost notice costs at most a second. The replicas compile a new
 * version before it is activated ({@link Replication#prepareOthers}), so following an
 * activation is a swap, not a compile.
 */
@Component
class ActivationWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ActivationWatcher.class);

	private static final Duration REPORT_EVERY = Duration.ofSeconds(2);

	private final Replication replication;

	private final ActivationNotices notices;

	private final Duration pollInterval;

	private volatile boolean running;

	private Thread thread;

	private long quietUntil;

	ActivationWatcher(Replication replication, ActivationNotices notices,
			@Value("${decisions.rulesets.poll-interval:PT1S}") Duration pollInterval) {
		this.replication = replication;
		this.notices = notices;
		this.pollInterval = pollInterval;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::watch, "ruleset-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			this.replication.forget();
		}
		catch (DataAccessException ex) {
			log.warn("Could not remove this replica from ruleset_replica ({})", ex.getClass().getSimpleName());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void watch() {
		long nextReport = 0;
		while (this.running) {
			try {
				this.notices.await(this.pollInterval);
				this.replication.sync(true);
				if (System.nanoTime() > nextReport) {
					this.replication.report();
					nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
				}
			}
			catch (InterruptedException ex) {
				break;
			}
			catch (RuntimeException ex) {
				// The database is away: keep serving what is active, try again.
				if (System.currentTimeMillis() > this.quietUntil) {
					log.warn("Cannot read the active ruleset pointer ({}); serving {} meanwhile",
							ex.getClass().getSimpleName(), this.replication.serving().reference());
					this.quietUntil = System.currentTimeMillis() + 60_000;
				}
			}
		}
		this.notices.close();
	}

}
