package id.imigrasi.decisions.engine.internal.validation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.internal.tables.CellType;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.ColumnLayout;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.TableLayout;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator warns of a row in force past its review-by date, at that cell, naming the
 * rule and its owner, in both languages. The review-by and owner columns are planted in a
 * copy of the departure table (or filled in, once the committed tables have them).
 */
class ReviewDateCheckTest {

	private static final String DEPARTURE = "departure.drl.xlsx";

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void shouldWarnOfARowInForcePastItsReviewDate() throws Exception {
		Planted planted = plant(Map.of("DC-012", "2026-06-01", "DC-010", "2027-01-01", "DC-011", "2026-12-02"));

		ValidationReport report;
		try (AutoCloseable declared = declarePlanted()) {
			report = WorkbookValidator.run(planted.workbooks(), null, false, false, TODAY);
		}

		List<Problem> overdue = report.problems()
			.stream()
			.filter((p) -> p.code() == ProblemCode.REVIEW_OVERDUE)
			.toList();
		// DC-012 has two rows (alternatives): each is reported at its own cell.
		assertThat(overdue).extracting(Problem::location).containsExactlyElementsOf(planted.cellsOf("DC-012"));
		assertThat(overdue).allSatisfy((problem) -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.message()).contains("(DC-012) was due for review on 2026-06-01 (184 day(s) ago)")
				.contains("with its owner, Subdit Pemeriksaan Keimigrasian,");
			assertThat(problem.messageId()).contains("seharusnya ditinjau pada 2026-06-01 (184 hari lalu)");
		});
		assertThat(report.errors()).as(report::toText).isEmpty();
	}

	@Test
	void shouldNotWarnOfARowRetiredBeforeToday() throws Exception {
		Planted planted = plant(Map.of("DC-012", "2020-01-01"));
		RuleTable table = WorkbookReader.readRuleTables(DEPARTURE, planted.workbooks().get(DEPARTURE)).get(0);
		Map<String, byte[]> retired = new HashMap<>(planted.workbooks());
		retired.put(DEPARTURE, Workbooks.change(planted.workbooks().get(DEPARTURE), (workbook) -> {
			for (RuleRow row : table.rows()) {
				if ("DC-012".equals(row.ruleId())) {
					Workbooks.set(workbook.getSheet(table.sheet()),
							table.metaColumn("validTo").letter() + row.excelRow(), "2025-12-31");
				}
			}
		}));

		ValidationReport report;
		try (AutoCloseable declared = declarePlanted()) {
			report = WorkbookValidator.run(retired, null, false, false, TODAY);
		}

		assertThat(report.problems()).filteredOn((p) -> p.code() == ProblemCode.REVIEW_OVERDUE).isEmpty();
		assertThat(report.errors()).as(report::toText).isEmpty();
	}

	/**
	 * The planted columns declared as the tables engineer declares a column: the engine
	 * holds every workbook to its table's declaration. Nothing to declare once the
	 * committed table has them.
	 */
	private static AutoCloseable declarePlanted() {
		TableLayout departure = TableLayouts.forFile(DEPARTURE).orElseThrow();
		if (departure.columns().stream().anyMatch((c) -> c.code().equals("reviewBy(\"$param\")"))) {
			return () -> {
			};
		}
		int end = departure.columns().size();
		TableLayout planted = departure
			.withColumn(end,
					new ColumnLayout("METADATA", null, "reviewBy(\"$param\")", "Tinjau paling lambat\nReview by",
							CellType.DATE))
			.withColumn(end + 1,
					new ColumnLayout("METADATA", null, "owner(\"$param\")", "Pemilik\nOwner", CellType.TEXT));
		return TableLayouts
			.declareForTest(TableLayouts.ALL.stream().map((t) -> t.file().equals(DEPARTURE) ? planted : t).toList());
	}

	/**
	 * A copy of the committed workbooks whose departure table has review-by dates for the
	 * given rules (2030-12-31 for the others) and an owner on every row.
	 */
	private static Planted plant(Map<String, String> reviewBy) throws IOException {
		Map<String, byte[]> workbooks = Workbooks.committed();
		RuleTable table = WorkbookReader.readRuleTables(DEPARTURE, workbooks.get(DEPARTURE)).get(0);
		int last = table.columns().stream().mapToInt(RuleColumn::index).max().orElseThrow();
		String reviewColumn = column(table, "reviewBy", last + 1);
		String ownerColumn = column(table, "owner", last + 2);
		int kinds = table.headerRow();
		workbooks.put(DEPARTURE, Workbooks.change(workbooks.get(DEPARTURE), (workbook) -> {
			Sheet sheet = workbook.getSheet(table.sheet());
			header(sheet, table, reviewColumn, kinds, "reviewBy", "Tinjau paling lambat\nReview by");
			header(sheet, table, ownerColumn, kinds, "owner", "Pemilik\nOwner");
			for (RuleRow row : table.rows()) {
				Workbooks.set(sheet, ownerColumn + row.excelRow(), "Subdit Pemeriksaan Keimigrasian");
				// every row has a review date (the validator requires one); the others
				// far ahead
				Workbooks.set(sheet, reviewColumn + row.excelRow(), reviewBy.getOrDefault(row.ruleId(), "2030-12-31"));
			}
		}));
		Map<String, List<String>> cells = new HashMap<>();
		table.rows()
			.forEach((row) -> cells.computeIfAbsent(row.ruleId(), (id) -> new ArrayList<>())
				.add(DEPARTURE + "!" + table.sheet() + "!" + reviewColumn + row.excelRow()));
		return new Planted(workbooks, cells);
	}

	/** The column of a METADATA key, or a new one at {@code index}. */
	private static String column(RuleTable table, String key, int index) {
		RuleColumn existing = table.metaColumn(key);
		return (existing != null) ? existing.letter() : Cells.letter(index);
	}

	private static void header(Sheet sheet, RuleTable table, String column, int kinds, String key, String caption) {
		if (table.metaColumn(key) != null) {
			return;
		}
		// Rows below the RuleTable cell: column kind, pattern, code template, caption.
		Workbooks.set(sheet, column + (kinds + 1), "METADATA");
		Workbooks.set(sheet, column + (kinds + 3), key + "(\"$param\")");
		Workbooks.set(sheet, column + (kinds + 4), caption);
	}

	private record Planted(Map<String, byte[]> workbooks, Map<String, List<String>> cells) {

		List<String> cellsOf(String ruleId) {
			return this.cells.get(ruleId);
		}

	}

}
