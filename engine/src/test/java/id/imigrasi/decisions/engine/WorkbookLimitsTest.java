package id.imigrasi.decisions.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Workbooks built to exhaust memory or CPU are refused before anything builds them (issue
 * 20: 2.3 million empty cells took 74 s and 4.4 GB): the limits are checked on the zip
 * stream, at the offending workbook and sheet, and the committed tables stay well within
 * them.
 */
class WorkbookLimitsTest {

	private static final String DEPARTURE = "departure.drl.xlsx";

	/** The help sheet of departure.drl.xlsx, the second sheet. */
	private static final String HELP_SHEET = "xl/worksheets/sheet2.xml";

	@Test
	void shouldAcceptTheCommittedTablesWithTheDefaultLimits() {
		assertThat(WorkbookLimits.defaults().check(Workbooks.committed())).isEmpty();
	}

	@Test
	void shouldRefuseACellBombBeforeReadingIt() {
		Map<String, byte[]> workbooks = withPart(DEPARTURE, HELP_SHEET, sheet(1_500, 200));

		long start = System.nanoTime();
		RulesetException refused = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("cell-bomb", workbooks));
		ValidationReport report = Validator.validate(workbooks, null);
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(refused.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.TOO_LARGE);
			assertThat(problem.location()).isEqualTo(DEPARTURE + "!Petunjuk");
			assertThat(problem.message()).contains("200000 cells");
			assertThat(problem.messageId()).contains("200000 sel");
		});
		assertThat(report.problems()).isEqualTo(refused.problems());
		assertThat(took).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void shouldRefuseTooManyRowsCountedOrNumbered() {
		Map<String, byte[]> counted = withPart(DEPARTURE, HELP_SHEET, sheet(2_001, 1));
		Map<String, byte[]> numbered = withPart(DEPARTURE, HELP_SHEET,
				xml("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						+ "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
						+ "</sheetData></worksheet>"));

		for (Map<String, byte[]> workbooks : List.of(counted, numbered)) {
			assertThat(WorkbookLimits.defaults().check(workbooks)).singleElement().satisfies((problem) -> {
				assertThat(problem.code()).isEqualTo(ProblemCode.TOO_LARGE);
				assertThat(problem.location()).isEqualTo(DEPARTURE + "!Petunjuk");
				assertThat(problem.message()).contains("at most 2000 rows");
			});
		}
	}

	@Test
	void shouldRefuseAWorkbookOfTooManySheets() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		int sheets = sheetParts(workbooks.get(DEPARTURE));
		workbooks.put(DEPARTURE, rewrite(workbooks.get(DEPARTURE), (zip) -> {
			for (int i = sheets + 1; i <= 11; i++) {
				put(zip, "xl/worksheets/sheet" + i + ".xml", sheet(1, 1));
			}
		}, null, null));

		assertThat(WorkbookLimits.defaults().check(workbooks)).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.TOO_LARGE);
			assertThat(problem.location()).isEqualTo(DEPARTURE);
			assertThat(problem.message()).contains("more than 10 sheets");
		});
	}

	@Test
	void shouldRefuseAZipBombByItsRatio() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		workbooks.put(DEPARTURE, rewrite(workbooks.get(DEPARTURE),
				(zip) -> put(zip, "xl/media/image1.bin", new byte[50 * 1024 * 1024]), null, null));
		assertThat(workbooks.get(DEPARTURE).length).isLessThan(200_000);

		assertThat(WorkbookLimits.defaults().check(workbooks)).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.ZIP_BOMB);
			assertThat(problem.location()).isEqualTo(DEPARTURE);
		});
	}

	@Test
	void shouldRefuseASetThatInflatesPastTheLimit() {
		WorkbookLimits small = new WorkbookLimits(10, 2_000, 200_000, 50_000, Duration.ofSeconds(60));

		assertThat(small.check(Workbooks.committed())).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.TOO_LARGE);
			assertThat(problem.message()).contains("more than 50000 bytes");
		});
	}

	@Test
	void shouldRefuseAFileThatIsNotAZipBeforeAnyReaderGuessesWhatItIs() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		workbooks.put(DEPARTURE, "checkId,recommendation\n".getBytes(StandardCharsets.UTF_8));

		assertThat(Validator.validate(workbooks, null).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.UNREADABLE_WORKBOOK);
			assertThat(problem.location()).isEqualTo(DEPARTURE);
		});
	}

	@Test
	void shouldGiveUpACompileThatTakesLongerThanAllowed() {
		WorkbookLimits hurried = new WorkbookLimits(10, 2_000, 200_000, 20_000_000, Duration.ofMillis(1));

		RulesetException refused = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("hurried", Workbooks.committed(), hurried));

		assertThat(refused.problems()).extracting(Problem::code).containsExactly(ProblemCode.COMPILE_TIMEOUT);
	}

	/** A sheet of {@code rows} rows of {@code cells} empty cells each. */
	private static byte[] sheet(int rows, int cells) {
		StringBuilder xml = new StringBuilder(
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 1; r <= rows; r++) {
			xml.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < cells; c++) {
				xml.append("<c/>");
			}
			xml.append("</row>");
		}
		return xml("%s</sheetData></worksheet>".formatted(xml));
	}

	private static byte[] xml(String text) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + text).getBytes(StandardCharsets.UTF_8);
	}

	/** The committed set with one part of one workbook replaced. */
	private static Map<String, byte[]> withPart(String file, String part, byte[] content) {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		workbooks.put(file, rewrite(workbooks.get(file), (zip) -> {
		}, part, content));
		return workbooks;
	}

	/** How many worksheet parts a workbook has (sheet1.xml to sheetN.xml). */
	private static int sheetParts(byte[] workbook) {
		int count = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().matches("xl/worksheets/sheet\\d+\\.xml")) {
					count++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return count;
	}

	/** A copy of the zip with {@code part} replaced and what {@code more} adds. */
	private static byte[] rewrite(byte[] workbook, Consumer<ZipOutputStream> more, String part, byte[] content) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			try (ZipOutputStream out = new ZipOutputStream(bytes)) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					put(out, entry.getName(), entry.getName().equals(part) ? content : in.readAllBytes());
				}
				more.accept(out);
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) {
		try {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
