package id.imigrasi.decisions.service.audit;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The decision log's table on PostgreSQL, when one is reachable: {@code .ci/run} installs
 * and starts one from Debian's packages. The database is given by
 * {@code DECISIONS_TEST_PG_URL}, {@code DECISIONS_TEST_PG_USER} and
 * {@code DECISIONS_TEST_PG_PASSWORD}, by default {@code decisions_test} on
 * 127.0.0.1:5432. Without one, the tests are skipped with a message saying so.
 */
class DecisionRepositoryPostgresTests extends DecisionRepositoryContract {

	static final String URL = env("DECISIONS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/decisions_test");

	static final String USER = env("DECISIONS_TEST_PG_USER", "decisions_test");

	static final String PASSWORD = env("DECISIONS_TEST_PG_PASSWORD", "decisions_test");

	private static DataSource dataSource;

	@BeforeAll
	static void requirePostgres() {
		DriverManagerDataSource candidate = new DriverManagerDataSource(
				URL + (URL.contains("?") ? "&" : "?") + "connectTimeout=2&loginTimeout=3", USER, PASSWORD);
		String unreachable = null;
		try (Connection connection = candidate.getConnection()) {
			if (connection.isValid(2)) {
				dataSource = candidate;
			}
			else {
				unreachable = "connection not valid";
			}
		}
		catch (SQLException ex) {
			unreachable = ex.getClass().getSimpleName();
		}
		if (unreachable != null) {
			String message = "PostgreSQL decision-log tests SKIPPED: no PostgreSQL reachable at " + URL + " as " + USER
					+ " (" + unreachable + "); .ci/run starts one, or set DECISIONS_TEST_PG_URL";
			System.err.println(message);
			Assumptions.abort(message);
		}
	}

	@Override
	DataSource dataSource() {
		return dataSource;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
