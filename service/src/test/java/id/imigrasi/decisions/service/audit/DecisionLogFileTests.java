package id.imigrasi.decisions.service.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision log's H2 file itself (issue 20): a purged person's data is gone from the
 * file, not only from the tables, and the files are private. Reads the bytes of every
 * file in the data folder, as someone holding a copy of the disk would.
 *
 * <p>
 * The compaction after the purge writes the file anew with LZF-compressed pages, where a
 * 64-character hash may be split into shorter literal runs: the scan looks for each of
 * its eight 8-character pieces, and finds those of a person still kept, so that finding
 * none of the purged person's means something.
 *
 * <p>
 * Starts an application of its own: it purges, and scans its own data folder.
 */
class DecisionLogFileTests {

	private static final String PURGED = "3212015505010007";

	private static final String KEPT = "3212015505010008";

	@TempDir
	Path dataDir;

	private RunningService service;

	@BeforeEach
	void start() {
		this.service = RunningService.start(this.dataDir, List.of(), "--decisions.retention=P1D");
	}

	@AfterEach
	void stop() {
		if (this.service != null) {
			this.service.close();
		}
	}

	@Test
	void shouldLeaveNoCopyOfAPurgedPersonInTheFile() throws IOException {
		NikHasher hasher = new NikHasher(RunningService.NIK_SECRET);
		for (int i = 0; i < 40; i++) {
			assertThat(this.service.decide((i % 4 == 0) ? PURGED : KEPT).statusCode()).isEqualTo(200);
		}
		// The purged person's decisions were made two days ago: each update leaves
		// further
		// old copies of the rows in the file, as the years of real use would.
		JdbcClient.create(this.service.bean(DataSource.class))
			.sql("UPDATE decision_log SET decided_at = decided_at - INTERVAL '2' DAY WHERE nik_hash = :hash")
			.param("hash", hasher.hash(PURGED))
			.update();
		assertThat(piecesOf(hasher.hash(PURGED))).as("copies of the hash before the purge").isGreaterThan(10);

		int purged = this.service.bean(RetentionJob.class).purge();

		assertThat(purged).isEqualTo(10);
		assertThat(piecesOf(hasher.hash(PURGED))).as("copies of the purged hash after purge and compaction").isZero();
		assertThat(piecesOf(hasher.hash(KEPT))).as("the scan finds what is kept").isPositive();
		assertThat(occurrences(PURGED)).isZero();
		assertThat(occurrences(KEPT)).isZero();
		assertThat(this.service.decide(KEPT).statusCode()).isEqualTo(200);
		this.service.close();
		this.service = null;
		assertThat(piecesOf(hasher.hash(PURGED))).as("after the service stopped").isZero();
	}

	@Test
	void shouldKeepTheDataFolderPrivate() throws IOException {
		Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
				"POSIX permissions only");
		assertThat(this.service.decide(KEPT).statusCode()).isEqualTo(200);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir))).isEqualTo("rwx------");
		try (Stream<Path> files = Files.walk(this.dataDir)) {
			List<Path> all = files.filter((path) -> !path.equals(this.dataDir)).toList();
			assertThat(all).anySatisfy((path) -> assertThat(path.getFileName()).hasToString("decision-log.mv.db"));
			assertThat(all)
				.allSatisfy((path) -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
					.as(path.toString())
					.isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------"));
		}
	}

	/**
	 * How often any of the hash's 8-character pieces occurs in the bytes of the data
	 * folder's files. A random 8-hex-digit piece occurs by chance about once in 4 GB.
	 */
	private long piecesOf(String hash) throws IOException {
		List<byte[]> pieces = new java.util.ArrayList<>();
		for (int at = 0; at + 8 <= hash.length(); at += 8) {
			pieces.add(hash.substring(at, at + 8).getBytes(StandardCharsets.US_ASCII));
		}
		long found = 0;
		try (Stream<Path> files = Files.walk(this.dataDir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = 0; i < bytes.length; i++) {
					for (byte[] piece : pieces) {
						if (i + piece.length <= bytes.length && matchesAt(bytes, i, piece)) {
							found++;
						}
					}
				}
			}
		}
		return found;
	}

	/** How often the text occurs in the bytes of the data folder's files. */
	private long occurrences(String text) throws IOException {
		byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
		long found = 0;
		try (Stream<Path> files = Files.walk(this.dataDir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = 0; i + needle.length <= bytes.length; i++) {
					if (matchesAt(bytes, i, needle)) {
						found++;
					}
				}
			}
		}
		return found;
	}

	private static boolean matchesAt(byte[] bytes, int at, byte[] needle) {
		for (int j = 0; j < needle.length; j++) {
			if (bytes[at + j] != needle[j]) {
				return false;
			}
		}
		return true;
	}

}
