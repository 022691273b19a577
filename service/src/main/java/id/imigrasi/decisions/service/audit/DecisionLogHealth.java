package id.imigrasi.decisions.service.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether the decision log can write, in the readiness group ({@code decisionLog}): DOWN
 * while it cannot, so that no traffic is sent to a service that would refuse every
 * decision, and UP again by itself once it can (the bean name makes the indicator
 * {@code decisionLog}). Liveness is not touched: the process is sound, and restarting it
 * would not give the disk room (docs/decision-log.md, "A full disk").
 *
 * <p>
 * A failed write or read of the log ({@link #failed}) is checked with a probe, an update
 * of the one row of {@code log_probe} on a fresh connection: if the probe fails too, the
 * storage is down, not the row, and the log refuses writes at once ({@link #writable()})
 * instead of trying each. While down, the probe runs again every
 * {@code decisions.log.recovery-interval}. Before each probe the pool drops its
 * connections: H2 closes the whole database when a write fails on a full disk, and
 * connections opened before stay closed for ever, while a new one opens it again.
 */
@Component("decisionLogHealthIndicator")
class DecisionLogHealth implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(DecisionLogHealth.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ReentrantLock probing = new ReentrantLock();

	private volatile Down down;

	private record Down(OffsetDateTime since, String failure) {
	}

	DecisionLogHealth(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	/** False while the log is known unable to write: refuse at once, without a try. */
	boolean writable() {
		return this.down == null;
	}

	/**
	 * A write or read of the log failed: DOWN if the storage cannot write either. A row
	 * refused by a constraint says nothing of the storage and is ignored.
	 */
	void failed(DataAccessException failure) {
		if (this.down != null || failure instanceof DataIntegrityViolationException || !this.probing.tryLock()) {
			return;
		}
		try {
			if (this.down == null && !probe()) {
				// The cause's class only: a driver's message may quote the values stored.
				String cause = failure.getMostSpecificCause().getClass().getName();
				this.down = new Down(now(), cause);
				log.error("The decision log cannot write ({}): decisions are refused (503) and readiness is DOWN "
						+ "until it can; is the disk full?", cause);
			}
		}
		finally {
			this.probing.unlock();
		}
	}

	/**
	 * A read of the log, answered 503 rather than 500 when the storage fails under it.
	 */
	<T> T reading(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (DataAccessException ex) {
			failed(ex);
			throw DecisionLogUnavailableException.reading();
		}
	}

	/**
	 * Takes the log offline for work that closes the database (the compaction after the
	 * retention purge): writes are refused (503) and readiness is DOWN meanwhile, and the
	 * log comes back as it does after a full disk, on new connections.
	 */
	void offline(String why, Runnable work) {
		this.probing.lock();
		try {
			this.down = new Down(now(), why);
			work.run();
		}
		finally {
			this.probing.unlock();
		}
		recover();
	}

	/** While down, tries again: UP as soon as the probe writes. */
	@Scheduled(fixedDelayString = "${decisions.log.recovery-interval:PT2S}")
	void recover() {
		Down was = this.down;
		if (was == null || !this.probing.tryLock()) {
			return;
		}
		try {
			if (probe()) {
				this.down = null;
				log.info("The decision log can write again after {}; decisions are taken",
						Duration.between(was.since(), now()).truncatedTo(ChronoUnit.SECONDS));
			}
		}
		finally {
			this.probing.unlock();
		}
	}

	@Override
	public Health health() {
		Down now = this.down;
		if (now == null) {
			return Health.up().build();
		}
		return Health.down().withDetail("since", now.since().toString()).withDetail("failure", now.failure()).build();
	}

	private boolean probe() {
		dropPooledConnections();
		try {
			return this.jdbc.sql("UPDATE log_probe SET probed_at = :at WHERE id = 1").param("at", now()).update() == 1;
		}
		catch (DataAccessException ex) {
			return false;
		}
	}

	private void dropPooledConnections() {
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
				if (pool.getHikariPoolMXBean() != null) {
					pool.getHikariPoolMXBean().softEvictConnections();
				}
			}
		}
		catch (SQLException ex) {
			log.debug("The connection pool could not be reached", ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
