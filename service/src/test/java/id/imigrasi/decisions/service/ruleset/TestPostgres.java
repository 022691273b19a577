package id.imigrasi.decisions.service.ruleset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the test PostgreSQL ({@code DECISIONS_TEST_PG_URL}, _USER,
 * _PASSWORD; {@code .ci/run} starts one), so that runs in parallel and runs after runs
 * never see each other's rows; dropped again at the end. Without a reachable PostgreSQL
 * the calling tests are skipped with a message saying so.
 */
final class TestPostgres implements AutoCloseable {

	static final String URL = env("DECISIONS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/decisions_test");

	static final String USER = env("DECISIONS_TEST_PG_USER", "decisions_test");

	static final String PASSWORD = env("DECISIONS_TEST_PG_PASSWORD", "decisions_test");

	final String schema;

	private TestPostgres(String schema) {
		this.schema = schema;
	}

	/** A fresh schema, or the test is aborted (skipped) when PostgreSQL is not there. */
	static TestPostgres freshSchemaOrSkip(String what) {
		String schema = "test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(withParameter(URL, "connectTimeout=2&loginTimeout=3"),
				USER, PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			String message = what + " SKIPPED: no PostgreSQL reachable at " + URL + " as " + USER + " ("
					+ ex.getClass().getSimpleName() + "); .ci/run starts one, or set DECISIONS_TEST_PG_URL";
			System.err.println(message);
			Assumptions.abort(message);
		}
		return new TestPostgres(schema);
	}

	/** The JDBC URL of the schema, for {@code spring.datasource.url}. */
	String url() {
		return withParameter(URL, "currentSchema=" + this.schema);
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA " + this.schema + " CASCADE");
		}
	}

	private static String withParameter(String url, String parameter) {
		return url + (url.contains("?") ? "&" : "?") + parameter;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
