package id.imigrasi.decisions.engine.internal.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.TableCells;
import id.imigrasi.decisions.engine.TableCells.Header;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engineers' part of each table is declared in the engine, and a workbook is held to
 * it before Drools sees it (issue 14): a changed code template, a deleted column or
 * caption, a Drools keyword outside the header, a formula, a cell Drools would read
 * differently, and a statement smuggled through a data cell are each refused at their
 * cell, in both languages, and nothing is compiled. Where the fault would run code, the
 * code would write a marker file: it never exists afterwards, refused or not.
 */
class TableLayoutTest {

	private static final String DEPARTURE = "departure.drl.xlsx";

	private static final String SHEET = "Keberangkatan";

	/** The committed departure table, its cells found by rule ID and caption. */
	private static final TableCells TABLE = TableCells.of(DEPARTURE);

	private static String location(String cell) {
		return TABLE.location(cell);
	}

	@TempDir
	Path temp;

	@Test
	void shouldDeclareExactlyWhatTheCommittedWorkbooksHold() {
		ValidationReport report = WorkbookValidator.run(Workbooks.committed(), null, false, false);

		assertThat(report.errors()).as(report::toText).isEmpty();
		assertThat(TableLayouts.files()).containsExactly(DEPARTURE, "passport-application.drl.xlsx",
				"referral.drl.xlsx");
	}

	@Test
	void shouldRefuseCodeInAHeaderTemplateBeforeCompilingAndNeverRunIt() throws Exception {
		Path marker = this.temp.resolve("header-marker");
		String code = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker
				+ "\"), \"ran\"); insert(new RowMatch(\"$param\"));";
		String ruleIdCode = TABLE.headerCell("Rule ID", Header.CODE);
		Map<String, byte[]> workbooks = Workbooks.withCell(Workbooks.committed(), DEPARTURE, SHEET, ruleIdCode, code);

		ValidationReport report = WorkbookValidator.validate(workbooks, null);

		Problem problem = onlyError(report);
		assertThat(problem.code()).isEqualTo(ProblemCode.HEADER_CHANGED);
		assertThat(problem.location()).isEqualTo(location(ruleIdCode));
		assertThat(problem.message()).startsWith("The code cell " + ruleIdCode + " reads '" + code + "'")
			.contains("where the table's declaration has 'insert(new RowMatch(\"$param\"));'");
		assertThat(problem.messageId()).startsWith("Sel kode " + ruleIdCode + " berisi").doesNotContain(" engineer");
		assertThatThrownBy(() -> compileAndDecide(workbooks)).isInstanceOf(RulesetException.class);
		assertThat(marker).doesNotExist();
	}

	@Test
	void shouldNameADeletedConditionColumnAtItsCell() {
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE,
				(workbook) -> deleteColumn(workbook.getSheet(SHEET), TABLE.column("Return ticket")));

		Problem problem = onlyError(WorkbookValidator.validate(workbooks, null));

		assertThat(problem.code()).isEqualTo(ProblemCode.MISSING_COLUMN);
		assertThat(problem.location()).isEqualTo(location(TABLE.headerCell("Return ticket", Header.KIND)));
		assertThat(problem.message())
			.isEqualTo("The column 'Return ticket' of table Keberangkatan is missing here (declared as column "
					+ TABLE.column("Return ticket")
					+ "). Without it every row would apply more widely than its reason says. Put the column back.");
		assertThat(problem.messageId()).startsWith("Kolom 'Tiket pulang' tabel Keberangkatan hilang di sini");
	}

	@Test
	void shouldRefuseADeletedOrRenamedCaptionAtItsCell() {
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE, (workbook) -> {
			Workbooks.set(workbook.getSheet(SHEET), TABLE.headerCell("Return ticket", Header.CAPTION), null);
			Workbooks.set(workbook.getSheet(SHEET),
					TABLE.headerCell("Can state trip duration (interview)", Header.CAPTION),
					"Lama perjalanan\nTrip duration");
		});

		List<Problem> errors = WorkbookValidator.validate(workbooks, null).errors();

		assertThat(errors).extracting(Problem::code, Problem::location)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(ProblemCode.HEADER_CHANGED,
							location(TABLE.headerCell("Return ticket", Header.CAPTION))),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.HEADER_CHANGED,
							location(TABLE.headerCell("Can state trip duration (interview)", Header.CAPTION))));
		assertThat(errors.get(0).message())
			.startsWith("The caption cell " + TABLE.headerCell("Return ticket", Header.CAPTION)
					+ " reads nothing where the table's declaration has 'Tiket pulang\nReturn ticket'");
	}

	@Test
	void shouldRefuseAColumnTheDeclarationDoesNotHave() {
		String extra = org.apache.poi.ss.util.CellReference
			.convertNumToColString(new CellAddress(TABLE.column("note") + "1").getColumn() + 1);
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(SHEET);
			Workbooks.set(sheet, extra + "7", "CONDITION");
			Workbooks.set(sheet, extra + "8", "DepartureFacts");
			Workbooks.set(sheet, extra + "9", "age > $param");
			Workbooks.set(sheet, extra + "10", "Umur lebih dari\nAge over");
		});

		Problem problem = onlyError(WorkbookValidator.validate(workbooks, null));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNEXPECTED_COLUMN);
		assertThat(problem.location()).isEqualTo(location(extra + "7"));
		assertThat(problem.message())
			.startsWith("Column " + extra + " ('Age over') is not in the declaration of table Keberangkatan");
	}

	@Test
	void shouldRefuseDroolsKeywordsOutsideTheHeaderOnAnySheet() {
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE, (workbook) -> {
			Sheet petunjuk = workbook.getSheet("Petunjuk");
			Workbooks.set(petunjuk, "B20", "Functions");
			Workbooks.set(petunjuk, "C20", "function void f() { System.exit(0); }");
			Sheet sheet = workbook.getSheet(SHEET);
			Workbooks.set(sheet, "B" + (TABLE.blankRow() + 2), "Variables");
			Workbooks.set(sheet, "C" + (TABLE.blankRow() + 2), "java.util.List list");
			Workbooks.set(sheet, "B" + (TABLE.blankRow() + 4), "RuleTable Lain");
		});

		List<Problem> errors = WorkbookValidator.validate(workbooks, null).errors();

		assertThat(errors).filteredOn((p) -> p.code() == ProblemCode.DROOLS_KEYWORD)
			.extracting(Problem::location)
			.containsExactlyInAnyOrder("departure.drl.xlsx!Petunjuk!B20", location("B" + (TABLE.blankRow() + 2)),
					location("B" + (TABLE.blankRow() + 4)));
		assertThat(errors).extracting(Problem::code).doesNotContain(ProblemCode.COMPILE_ERROR);
	}

	@Test
	void shouldRefuseAFormulaNamingItWhateverItsCachedValue() {
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(SHEET);
			Cell age = cell(sheet, TABLE.cell("DC-015", "Age under"));
			age.setCellFormula("\"1\"&\"7\"");
			age.setCellValue("18");
			cell(sheet, TABLE.cell("DC-002", "reasonId"))
				.setCellFormula("HYPERLINK(\"http://127.0.0.1:9/\",\"Lihat\")");
			cell(workbook.getSheet("Petunjuk"), "B20").setCellFormula("CONCATENATE(\"Rule\",\"Table\")");
		});

		List<Problem> errors = WorkbookValidator.validate(workbooks, null).errors();

		assertThat(errors).filteredOn((p) -> p.code() == ProblemCode.FORMULA)
			.extracting(Problem::location)
			.containsExactlyInAnyOrder(location(TABLE.cell("DC-015", "Age under")),
					location(TABLE.cell("DC-002", "reasonId")), "departure.drl.xlsx!Petunjuk!B20");
		assertThat(errors).filteredOn((p) -> p.location().equals(location(TABLE.cell("DC-015", "Age under"))))
			.extracting(Problem::message)
			.containsExactly("Cell " + TABLE.cell("DC-015", "Age under")
					+ " holds the formula =\"1\"&\"7\": Drools would compute it when it compiles, while the sheet shows the value last saved, so the decision tables allow no formula. Type the value itself.");
		assertThat(errors).extracting(Problem::code).doesNotContain(ProblemCode.COMPILE_ERROR);
	}

	@Test
	void shouldRefuseAFormulaInTheLists() {
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), "lists.xlsx",
				(workbook) -> cell(workbook.getSheet("Daftar Negara"), "B2").setCellFormula("\"M\"&\"Y\""));

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.FORMULA);
		assertThat(problem.location()).isEqualTo("lists.xlsx!Daftar Negara!B2");
	}

	@Test
	void shouldRefuseACellDroolsWouldReadOtherwise() {
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE, (workbook) -> {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Cell validFrom = cell(workbook.getSheet(SHEET), TABLE.cell("DC-002", "validFrom"));
			validFrom.setCellValue(java.time.LocalDate.of(2011, 5, 5));
			validFrom.setCellStyle(date);
		});

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.CELL_READ_DIFFERS);
		assertThat(problem.location()).isEqualTo(location(TABLE.cell("DC-002", "validFrom")));
		assertThat(problem.message()).startsWith("Drools reads cell " + TABLE.cell("DC-002", "validFrom") + " as '\"")
			.endsWith(
					"while the sheet shows '2011-05-05' (a date, a number or a space stored differently). Type the value as plain text.");
	}

	@Test
	void shouldRefuseStatementsSmuggledThroughDataCellsAndNeverRunThem() throws Exception {
		Path marker = this.temp.resolve("cell-marker");
		String write = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");";
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(SHEET);
			Workbooks.set(sheet, TABLE.cell("DC-002", "Rule ID"),
					"DC-002\")); " + write + " insert(new RowMatch(\"DC-002");
			Workbooks.set(sheet, TABLE.cell("DC-003", "reasonId"), "\")); System.exit(0); ((");
			Workbooks.set(sheet, TABLE.cell("DC-015", "Age under"),
					"18 || true) && eval(" + write.replace(";", "") + " != null");
			Workbooks.set(sheet, TABLE.cell("DC-001", "Travel document expired"), "true; " + write);
			Workbooks.set(sheet, TABLE.cell("DC-012", "Stated purpose (any of)"), "TOURISM; " + write);
			Workbooks.set(sheet, TABLE.cell("DC-011", "reasonEn"), "Ends with \\");
		});

		List<Problem> errors = WorkbookValidator.validate(workbooks, null).errors();

		assertThat(errors).extracting(Problem::location)
			.containsExactly(location(TABLE.cell("DC-001", "Travel document expired")),
					location(TABLE.cell("DC-002", "Rule ID")), location(TABLE.cell("DC-003", "reasonId")),
					location(TABLE.cell("DC-011", "reasonEn")),
					location(TABLE.cell("DC-012", "Stated purpose (any of)")),
					location(TABLE.cell("DC-015", "Age under")));
		assertThat(errors).extracting(Problem::code).containsOnly(ProblemCode.UNSAFE_CHARACTER);
		assertThat(errors.get(0).message())
			.startsWith("'true; " + write + "' cannot stand in Travel document expired of row " + TABLE.row("DC-001")
					+ " (DC-001): only letters");
		assertThat(errors.get(2).messageId())
			.startsWith("Baris " + TABLE.row("DC-003") + " (DC-003) memuat tanda kutip ganda");
		assertThatThrownBy(() -> compileAndDecide(workbooks)).isInstanceOf(RulesetException.class);
		assertThat(marker).doesNotExist();
	}

	@Test
	void shouldKeepTheRuleSheetFirst() {
		Map<String, byte[]> workbooks = Workbooks.withFault(Workbooks.committed(), DEPARTURE,
				(workbook) -> workbook.setSheetOrder("Petunjuk", 0));

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.HEADER_CHANGED);
		assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Petunjuk");
	}

	@Test
	void shouldRefuseARuleWorkbookTheEngineDoesNotDeclare() {
		Map<String, byte[]> workbooks = Workbooks.committed();
		workbooks.put("extra.drl.xlsx", workbooks.get(DEPARTURE));

		List<Problem> errors = WorkbookValidator.run(workbooks, null, false, false).errors();

		assertThat(errors).extracting(Problem::code, Problem::location)
			.contains(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNDECLARED_TABLE, "extra.drl.xlsx"));
	}

	/** What an upload does next: compile, then decide a case, which fires the rows. */
	private static void compileAndDecide(Map<String, byte[]> workbooks) throws RulesetException {
		Ruleset ruleset = Ruleset.compile("injected", workbooks);
		throw new AssertionError("compiled: " + ruleset.info().version());
	}

	/** Deletes a column as Excel does: the columns to its right move left. */
	private static void deleteColumn(Sheet sheet, String letter) {
		int column = new CellAddress(letter + "1").getColumn();
		for (Row row : sheet) {
			int last = row.getLastCellNum();
			if (last <= column) {
				continue; // nothing at or right of the column (an empty spare row)
			}
			for (int c = column; c < last; c++) {
				Cell next = row.getCell(c + 1);
				Cell here = (row.getCell(c) != null) ? row.getCell(c) : row.createCell(c);
				if (next == null || next.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) {
					row.removeCell(here);
				}
				else {
					here.setCellValue(next.getStringCellValue());
				}
			}
			if (row.getCell(last - 1) != null && last - 1 > column) {
				row.removeCell(row.getCell(last - 1));
			}
		}
		for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
			CellRangeAddress region = sheet.getMergedRegion(i);
			if (region.getLastColumn() >= column && region.getFirstColumn() <= column) {
				sheet.removeMergedRegion(i);
				sheet.addMergedRegion(new CellRangeAddress(region.getFirstRow(), region.getLastRow(),
						region.getFirstColumn(), region.getLastColumn() - 1));
			}
		}
	}

	private static Cell cell(Sheet sheet, String address) {
		CellAddress at = new CellAddress(address);
		Row row = (sheet.getRow(at.getRow()) != null) ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
		return (row.getCell(at.getColumn()) != null) ? row.getCell(at.getColumn()) : row.createCell(at.getColumn());
	}

	private static Problem onlyError(ValidationReport report) {
		assertThat(report.errors()).as(report::toText).hasSize(1);
		return report.errors().get(0);
	}

}
