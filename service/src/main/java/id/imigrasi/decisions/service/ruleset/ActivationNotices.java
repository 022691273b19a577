package id.imigrasi.decisions.service.ruleset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other replicas that the active pointer moved, and hears it from them:
 * PostgreSQL's NOTIFY, sent in the activation's transaction and so delivered only at its
 * commit, and LISTEN on a connection of its own (a pooled one would be handed to other
 * work). Notices are a shortcut, not the truth: one sent while a listener was
 * reconnecting is lost, so the replicas also read the pointer every second
 * ({@link ActivationWatcher}). On H2 (one node) there is nobody to tell.
 */
@Component
class ActivationNotices {

	static final String CHANNEL = "decisions_rulesets";

	private static final Logger log = LoggerFactory.getLogger(ActivationNotices.class);

	private final boolean postgres;

	private final String url;

	private final String username;

	private final String password;

	private Connection listener;

	private long quietUntil;

	ActivationNotices(DataSourceProperties dataSource) {
		this.url = dataSource.determineUrl();
		this.username = dataSource.determineUsername();
		this.password = dataSource.determinePassword();
		this.postgres = this.url != null && this.url.startsWith("jdbc:postgresql:");
	}

	boolean postgres() {
		return this.postgres;
	}

	/** Sends a notice, delivered when the surrounding transaction commits. */
	void send(JdbcClient jdbc) {
		if (this.postgres) {
			jdbc.sql("NOTIFY " + CHANNEL).update();
		}
	}

	/**
	 * Waits at most {@code timeout} for a notice from any replica; on H2, or while the
	 * database cannot be reached, just waits.
	 * @return whether a notice arrived
	 */
	boolean await(Duration timeout) throws InterruptedException {
		if (!this.postgres) {
			Thread.sleep(timeout.toMillis());
			return false;
		}
		try {
			if (this.listener == null || this.listener.isClosed()) {
				this.listener = DriverManager.getConnection(this.url, this.username, this.password);
				try (Statement statement = this.listener.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
			}
			PGNotification[] notices = this.listener.unwrap(PGConnection.class)
				.getNotifications((int) Math.max(1, timeout.toMillis()));
			return notices != null && notices.length > 0;
		}
		catch (SQLException ex) {
			close();
			if (System.currentTimeMillis() > this.quietUntil) {
				log.warn("Cannot listen for ruleset activations ({}); reading the pointer every {} ms instead",
						ex.getClass().getSimpleName(), timeout.toMillis());
				this.quietUntil = System.currentTimeMillis() + 60_000;
			}
			Thread.sleep(timeout.toMillis());
			return false;
		}
	}

	void close() {
		if (this.listener != null) {
			try {
				this.listener.close();
			}
			catch (SQLException ex) {
				// closing a broken connection: nothing left to do
			}
			this.listener = null;
		}
	}

}
