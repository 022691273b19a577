package id.imigrasi.decisions.service.impact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Streams the decisions logged since a moment from {@code decision_log}, one fetch of
 * rows in memory at a time, never the whole period: on PostgreSQL through a cursor (a
 * transaction with a fetch size), on H2 with lazy query execution (H2 otherwise builds
 * the whole result first). Reads only; the connection's settings are put back afterwards,
 * as it may belong to a pool.
 */
final class LogScan {

	static final int FETCH = 1000;

	private static final String SELECT = """
			SELECT decision_id, service, ruleset_version, facts, decision FROM decision_log
			WHERE decided_at >= ?
			""";

	private LogScan() {
	}

	/**
	 * Hands every decision decided at or after {@code since} to {@code each}, in no
	 * particular order.
	 * @return how many were read
	 */
	static long scan(Connection connection, Instant since, Consumer<LoggedCase> each, Stopwatch reading)
			throws SQLException {
		boolean h2 = connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
		boolean autoCommit = connection.getAutoCommit();
		if (h2) {
			set(connection, "SET LAZY_QUERY_EXECUTION TRUE");
		}
		else {
			// PostgreSQL streams a result only inside a transaction, with a fetch size.
			connection.setAutoCommit(false);
		}
		long read = 0;
		try (PreparedStatement query = connection.prepareStatement(SELECT)) {
			query.setFetchSize(FETCH);
			query.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
			reading.start();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					LoggedCase row = new LoggedCase(rows.getString(1), rows.getString(2), rows.getString(3),
							rows.getString(4), rows.getString(5));
					reading.stop();
					read++;
					each.accept(row);
					reading.start();
				}
			}
			reading.stop();
		}
		finally {
			if (h2) {
				set(connection, "SET LAZY_QUERY_EXECUTION FALSE");
			}
			else {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
		return read;
	}

	private static void set(Connection connection, String setting) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(setting);
		}
	}

}
