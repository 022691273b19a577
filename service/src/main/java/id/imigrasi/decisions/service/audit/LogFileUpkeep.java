package id.imigrasi.decisions.service.audit;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the decision log's H2 file bounded and private (issue 20, docs/decision-log.md,
 * "Storage"). Nothing to do on PostgreSQL, where the database server owns its files.
 *
 * <p>
 * Why H2 needs help: with {@code WRITE_DELAY=0} (each commit on disk before the answer
 * leaves) H2 runs no background writer, and the background writer is what rewrites
 * half-empty chunks. Every commit writes a new chunk of some 30 KB (the changed pages of
 * each B-tree, a new copy each time), and without that upkeep the file grew by ~38 KB per
 * decision for a row of ~1.5 KB (bench/RESULTS.md, "Decision log storage"). So:
 * <ul>
 * <li>every {@code decisions.log.compact-interval} the chunks that are mostly dead are
 * rewritten (bounded work, a few ms), so their space is reused;</li>
 * <li>after the nightly retention purge ({@link #afterPurge()}) the file is rewritten
 * with the live rows only: dead pages keep old copies of rows, and a B-tree keeps a
 * deleted key as a separator in its inner pages, so without it a purged person's hash
 * stays in the file (issue 20 found 18,489 copies of one hash);</li>
 * <li>the data folder is {@code 0700} and every file in it {@code 0600}: H2 creates its
 * files with the process's umask, usually {@code 0644}.</li>
 * </ul>
 */
@Component
class LogFileUpkeep {

	private static final Logger log = LoggerFactory.getLogger(LogFileUpkeep.class);

	/** Chunks filled less than this are rewritten by the periodic compaction. */
	static final int TARGET_FILL_RATE = 90;

	/** Bytes rewritten at most per periodic compaction: bounds the pause. */
	static final int REWRITE_BYTES = 16 * 1024 * 1024;

	/** The whole-file compaction after the purge may take this long at most. */
	static final int FULL_COMPACTION_MILLIS = 60_000;

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private final DataSource dataSource;

	private final Path dataDir;

	private final DecisionLogHealth health;

	LogFileUpkeep(DataSource dataSource, @Value("${decisions.data-dir}") Path dataDir, DecisionLogHealth health) {
		this.dataSource = dataSource;
		this.health = health;
		this.dataDir = dataDir.toAbsolutePath();
		protectDataFolder();
	}

	/** Once the database files exist: whoever created them, they are made private. */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		protectDataFolder();
	}

	/** Rewrites the chunks that are mostly dead, so the file stops growing. */
	@Scheduled(fixedDelayString = "${decisions.log.compact-interval:PT10S}",
			initialDelayString = "${decisions.log.compact-interval:PT10S}")
	void compact() {
		// Not while the log cannot write (a full disk): it would fail as the writes do.
		if (this.health.writable()) {
			onH2((store) -> store.compact(TARGET_FILL_RATE, REWRITE_BYTES));
		}
		protectDataFolder();
	}

	/**
	 * After the retention purge: H2 rewrites the file with the live rows only
	 * ({@code SHUTDOWN COMPACT}), so that no copy of a purged row is left in it. Not the
	 * online {@code MVStore.compactFile}: that moves chunks inside the open file, and it
	 * failed H2's own consistency check under the running service (h2database issue 4086,
	 * data loss reported around it in 4247). The database is closed for the rewrite
	 * (0.7-2.8 s for a file of 440-615 MB, bench/RESULTS.md): the log is offline
	 * meanwhile, writes answer 503 and readiness is DOWN, which is why it runs with the
	 * purge at night, and it comes back on new connections as after a full disk.
	 */
	void afterPurge() {
		if (!isH2File()) {
			return;
		}
		this.health.offline("compacting after the retention purge", this::shutdownCompact);
		protectDataFolder();
	}

	private void shutdownCompact() {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN COMPACT");
			}
		}
		catch (SQLException ex) {
			log.warn("Compacting the decision log's file after the purge failed ({})", ex.getClass().getName(), ex);
		}
		finally {
			closeQuietly(connection);
		}
	}

	/** The pool's connection is closed with the database; handing it back may fail. */
	private static void closeQuietly(Connection connection) {
		try {
			if (connection != null) {
				connection.close();
			}
		}
		catch (SQLException ex) {
			log.debug("A connection to the closed database was dropped", ex);
		}
	}

	/** The data folder {@code 0700}, its folders {@code 0700} and files {@code 0600}. */
	void protectDataFolder() {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try {
			// Made here before H2 opens its file in it, if it is not there yet.
			Files.createDirectories(this.dataDir, PosixFilePermissions.asFileAttribute(FOLDER));
		}
		catch (IOException ex) {
			log.warn("The data folder {} could not be created ({})", this.dataDir, ex.getClass().getName());
			return;
		}
		try (Stream<Path> paths = Files.walk(this.dataDir)) {
			paths.forEach((path) -> {
				try {
					if (Files.isSymbolicLink(path)) {
						return;
					}
					Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
				}
				catch (IOException ex) {
					// A file H2 just removed (a temporary one), or not ours to change.
					log.debug("Permissions of {} not set", path, ex);
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The data folder's permissions could not be checked ({})", ex.getClass().getName());
		}
	}

	private boolean isH2File() {
		AtomicBoolean file = new AtomicBoolean();
		onH2((store) -> file.set(true));
		return file.get();
	}

	/**
	 * Runs on the MVStore behind the pool when the log is an embedded H2 database.
	 * Compaction is housekeeping: its failure is logged, never passed to a decision or to
	 * the purge.
	 */
	private void onH2(Consumer<MVStore> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)) {
				return;
			}
			if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
					|| session.getDatabase().getStore() == null) {
				return;
			}
			MVStore store = session.getDatabase().getStore().getMvStore();
			if (store.getFileStore() == null) {
				// In memory: no file to keep small.
				return;
			}
			work.accept(store);
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("Compacting the decision log's file failed ({}); it is tried again later", ex.getClass().getName(),
					ex);
		}
	}

}
