package id.imigrasi.decisions.service.audit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The disk under the decision log filling up and emptying again, as H2 2.3.232 lives it
 * (measured on a full tmpfs): while the disk is full a write fails with H2's general
 * error (50000, "No space left on device"), and H2 then closes the whole database, so
 * every connection opened before answers "The database has been closed" (90098) to
 * everything, reads included, for ever; a connection opened afterwards opens the database
 * again and reads, but its first write fails and closes it once more. A connection pool
 * that keeps its connections therefore stays broken after space returns; only new
 * connections work.
 *
 * <p>
 * Registered by a test as a source of its own application (never found by component
 * scanning): stands between the application's connection pool and the database, and
 * {@link #fill()} / {@link #free()} switch the fault.
 */
final class FullDisk implements BeanPostProcessor {

	private static final Set<String> WRITES = Set.of("executeUpdate", "executeLargeUpdate", "executeBatch",
			"executeLargeBatch");

	private volatile boolean full;

	/** Bumped each time the database closes itself; older connections stay dead. */
	private final AtomicInteger generation = new AtomicInteger();

	/** Writes tried while the disk was full. */
	private final AtomicInteger refusedWrites = new AtomicInteger();

	void fill() {
		this.full = true;
	}

	void free() {
		this.full = false;
	}

	int refusedWrites() {
		return this.refusedWrites.get();
	}

	/**
	 * Under the pool, as the driver: the pool keeps the connections it opened, as it
	 * keeps H2's.
	 */
	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			DataSource driver = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
			pool.setDataSource(proxy(DataSource.class, (proxy, method, args) -> {
				Object result = invoke(driver, method, args);
				return (result instanceof Connection connection) ? connection(connection) : result;
			}));
		}
		return bean;
	}

	private Connection connection(Connection connection) {
		int openedIn = this.generation.get();
		return proxy(Connection.class, (proxy, method, args) -> {
			String name = method.getName();
			if (name.equals("isValid")) {
				return openedIn == this.generation.get() && (boolean) invoke(connection, method, args);
			}
			if (!name.equals("close") && !name.equals("isClosed") && !name.equals("unwrap")
					&& !name.equals("isWrapperFor")) {
				alive(openedIn);
			}
			Object result = invoke(connection, method, args);
			if (result instanceof Statement statement) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
				return statement(statement, sql, openedIn);
			}
			return result;
		});
	}

	private Statement statement(Statement statement, String preparedSql, int openedIn) {
		Class<? extends Statement> type = (statement instanceof java.sql.PreparedStatement)
				? java.sql.PreparedStatement.class : Statement.class;
		return proxy(type, (proxy, method, args) -> {
			String name = method.getName();
			if (!name.equals("close") && !name.equals("isClosed")) {
				alive(openedIn);
			}
			String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : preparedSql;
			boolean write = WRITES.contains(name) || (name.startsWith("execute") && sql != null
					&& !sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT"));
			if (write) {
				write(openedIn);
			}
			return invoke(statement, method, args);
		});
	}

	private void alive(int openedIn) throws SQLException {
		if (openedIn != this.generation.get()) {
			throw new SQLException("The database has been closed [90098-232]", "90098", 90098);
		}
	}

	private void write(int openedIn) throws SQLException {
		if (this.full) {
			this.refusedWrites.incrementAndGet();
			this.generation.compareAndSet(openedIn, openedIn + 1);
			throw new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to the file failed\" "
					+ "(No space left on device) [50000-232]", "HY000", 50000);
		}
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(FullDisk.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
