package id.imigrasi.decisions.service.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first pass over a batch: lines and bytes counted before anything is evaluated, the
 * body kept encrypted on disk, read back line by line.
 */
class ManifestSpoolTest {

	private static final String NIK = "3212015505010002";

	@Test
	void shouldCountALastLineWithoutANewlineButNoLineAfterTheLastNewline() throws IOException {
		assertThat(lines("a\nb\n", 10)).containsExactly("a", "b");
		assertThat(lines("a\nb", 10)).containsExactly("a", "b");
		assertThat(lines("", 10)).isEmpty();
	}

	@Test
	void shouldKeepEmptyLinesInPlaceAndDropCarriageReturns() throws IOException {
		assertThat(lines("a\r\n\r\n\nb\n", 10)).containsExactly("a", "", "", "b");
	}

	@Test
	void shouldNumberLinesFromOne() throws IOException {
		try (ManifestSpool spool = spool("x\ny\nz", 1000, 10); ManifestSpool.Lines lines = spool.lines(100)) {
			assertThat(lines.next().number()).isEqualTo(1);
			assertThat(lines.next().number()).isEqualTo(2);
			assertThat(lines.next().number()).isEqualTo(3);
			assertThat(lines.next()).isNull();
			assertThat(spool.lines()).isEqualTo(3);
		}
	}

	@Test
	void shouldAcceptExactlyTheLineLimitAndRefuseOneLineMore() throws IOException {
		try (ManifestSpool spool = spool("1\n2\n3\n", 1000, 3)) {
			assertThat(spool.lines()).isEqualTo(3);
		}
		assertThatThrownBy(() -> spool("1\n2\n3\n4", 1000, 3)).isInstanceOf(BatchTooLargeException.class);
		assertThatThrownBy(() -> spool("\n\n\n\n", 1000, 3)).isInstanceOf(BatchTooLargeException.class);
	}

	@Test
	void shouldRefuseABodyOverTheByteLimitWhileReadingItWhenNoLengthIsDeclared() {
		assertThatThrownBy(() -> ManifestSpool.of(new ByteArrayInputStream(new byte[1001]), -1, 1000, 10))
			.isInstanceOf(BatchTooLargeException.class);
	}

	@Test
	void shouldRefuseADeclaredLengthOverTheLimitWithoutReadingTheBody() {
		InputStream unread = new InputStream() {
			@Override
			public int read() {
				throw new AssertionError("the body must not be read");
			}
		};

		assertThatThrownBy(() -> ManifestSpool.of(unread, 1001, 1000, 10)).isInstanceOf(BatchTooLargeException.class);
	}

	@Test
	void shouldSkipALineOverTheLineLimitAndGoOnWithTheNext() throws IOException {
		String longLine = "x".repeat(200_000);
		try (ManifestSpool spool = spool("a\n" + longLine + "\nb", 1_000_000, 10);
				ManifestSpool.Lines lines = spool.lines(1000)) {
			assertThat(lines.next().tooLong()).isFalse();
			ManifestSpool.Line skipped = lines.next();
			assertThat(skipped.tooLong()).isTrue();
			assertThat(skipped.number()).isEqualTo(2);
			assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("b");
		}
	}

	@Test
	void shouldReadBackLinesLongerThanOneChunk() throws IOException {
		String line = "y".repeat(150_000);
		assertThat(lines(line + "\n" + line, 10, 1 << 20)).containsExactly(line, line);
	}

	@Test
	void shouldNeverWriteTheManifestInClearAndDeleteItWhenClosed() throws IOException {
		List<Path> before = spoolFiles();
		ManifestSpool spool = spool("{\"person\":{\"nik\":\"" + NIK + "\",\"fullName\":\"Contoh Penumpang\"}}\n", 1000,
				10);
		List<Path> created = new ArrayList<>(spoolFiles());
		created.removeAll(before);
		assertThat(created).hasSize(1);
		String stored = new String(Files.readAllBytes(created.get(0)), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain(NIK).doesNotContain("Contoh");

		spool.close();

		assertThat(created.get(0)).doesNotExist();
	}

	@Test
	void shouldLeaveNoFileBehindWhenTheBodyIsRefused() throws IOException {
		List<Path> before = spoolFiles();

		assertThatThrownBy(() -> spool("1\n2\n3\n4\n", 1000, 3)).isInstanceOf(BatchTooLargeException.class);

		assertThat(spoolFiles()).containsExactlyInAnyOrderElementsOf(before);
	}

	private static List<String> lines(String body, int maxLines) throws IOException {
		return lines(body, maxLines, 1000);
	}

	private static List<String> lines(String body, int maxLines, int maxLineBytes) throws IOException {
		List<String> lines = new ArrayList<>();
		try (ManifestSpool spool = spool(body, 10_000_000, maxLines);
				ManifestSpool.Lines reader = spool.lines(maxLineBytes)) {
			for (ManifestSpool.Line line; (line = reader.next()) != null;) {
				lines.add(new String(line.bytes(), StandardCharsets.UTF_8));
			}
			assertThat(spool.lines()).isEqualTo(lines.size());
		}
		return lines;
	}

	private static ManifestSpool spool(String body, long maxBytes, int maxLines) throws IOException {
		return ManifestSpool.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), -1, maxBytes,
				maxLines);
	}

	private static List<Path> spoolFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files
				.filter((file) -> file.getFileName().toString().startsWith("batch-")
						&& file.getFileName().toString().endsWith(".spool"))
				.toList();
		}
	}

}
