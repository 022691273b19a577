package id.imigrasi.decisions.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import id.imigrasi.decisions.engine.internal.tables.ColumnLayout;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.TableLayout;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;

/**
 * The committed workbooks as policy staff might reshape them without changing a decision:
 * each rule table gains a row in the middle (a copy of the row above with a fresh rule
 * ID, in force only from {@value #FAR_FUTURE}) and an empty condition column in the
 * middle of its conditions; each sheet of {@code lists.xlsx} gains an entry in the middle
 * that no case of the tests reaches. Every row and column after the insertions moves, so
 * a test that named cells by A1 letters would break; the tests that find them by rule ID
 * and caption must not ({@link InsertedRowAndColumnTest}).
 *
 * <p>
 * The columns of {@code lists.xlsx} stay where they are: the engine reads them by
 * position. The rule tables' header is declared in the engine, so the inserted column is
 * adopted in the declarations too ({@link #layouts()}), as the tables engineer would.
 */
public final class InsertedRowAndColumn {

	/** When the inserted rows start to apply: after every legal date the tests use. */
	public static final String FAR_FUTURE = "2999-01-01";

	/** The caption of the inserted column, in both languages. */
	public static final String CAPTION = "Kolom sisipan (uji)\nInserted column (test)";

	private static Map<String, byte[]> edited;

	private InsertedRowAndColumn() {
	}

	/** The edited copies of every committed workbook, by file name (built once). */
	public static synchronized Map<String, byte[]> workbooks() {
		if (edited == null) {
			Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
			workbooks.replaceAll((file, bytes) -> WorkbookReader.isRuleWorkbook(file) ? editRuleTable(file, bytes)
					: file.equals(ReferenceLists.FILE) ? editLists(bytes) : bytes);
			edited = Map.copyOf(workbooks);
		}
		return new TreeMap<>(edited);
	}

	/**
	 * The tables' declarations with the inserted column adopted, as the engineers would
	 * add it to a table's declaration (one line): the engine holds every workbook to its
	 * declaration, so a column added to the sheet alone is refused.
	 */
	public static List<TableLayout> layouts() {
		List<TableLayout> layouts = new java.util.ArrayList<>();
		for (TableLayout declared : TableLayouts.ALL) {
			RuleTable table = readTable(declared.file(), Workbooks.committed().get(declared.file()));
			List<RuleColumn> conditions = table.conditionColumns();
			RuleColumn before = conditions.get(conditions.size() / 2);
			int index = before.index() - TableLayout.FIRST_COLUMN;
			ColumnLayout column = declared.columns().get(index);
			layouts.add(declared.withColumn(index,
					new ColumnLayout("CONDITION", column.pattern(), column.code(), CAPTION, column.type())));
		}
		return layouts;
	}

	private static byte[] editRuleTable(String file, byte[] bytes) {
		RuleTable table = readTable(file, bytes);
		return change(bytes, (workbook) -> {
			Sheet sheet = workbook.getSheet(table.sheet());
			insertRow(sheet, table);
			List<RuleColumn> conditions = table.conditionColumns();
			insertConditionColumn(sheet, table, conditions.get(conditions.size() / 2));
		});
	}

	/**
	 * Inserts, before the first row of the rule in the middle of the table, a copy of the
	 * row above with a fresh rule ID, valid from {@value #FAR_FUTURE}.
	 */
	private static void insertRow(Sheet sheet, RuleTable table) {
		List<RuleRow> rows = table.rows();
		int middle = rows.size() / 2;
		while (rows.get(middle).ruleId().equals(rows.get(middle - 1).ruleId())) {
			middle++;
		}
		int at = rows.get(middle).excelRow() - 1;
		sheet.shiftRows(at, sheet.getLastRowNum(), 1);
		Row copy = sheet.createRow(at);
		for (Cell cell : sheet.getRow(at - 1)) {
			((XSSFCell) copy.createCell(cell.getColumnIndex())).copyCellFrom(cell, new CellCopyPolicy());
		}
		copy.getCell(table.ruleIdColumn().index()).setCellValue(freshRuleId(table));
		copy.getCell(table.metaColumn("validFrom").index()).setCellValue(FAR_FUTURE);
	}

	/** A rule ID no table uses and no test types by mistake, {@code DC-777}. */
	private static String freshRuleId(RuleTable table) {
		String prefix = table.rows().get(0).ruleId().substring(0, 3);
		return prefix + "777";
	}

	/**
	 * Inserts before {@code before} an empty CONDITION column on the same fact with the
	 * same code, captioned {@link #CAPTION}: Drools generates nothing from a column
	 * without values. The one place that builds the inserted column.
	 */
	static void insertConditionColumn(Sheet sheet, RuleTable table, RuleColumn before) {
		int at = before.index();
		int kindRow = table.headerRow();
		int lastColumn = 0;
		for (Row row : sheet) {
			lastColumn = Math.max(lastColumn, row.getLastCellNum());
		}
		List<CellRangeAddress> straddling = sheet.getMergedRegions()
			.stream()
			.filter((r) -> r.getFirstColumn() < at && r.getLastColumn() >= at)
			.toList();
		sheet.shiftColumns(at, lastColumn, 1);
		// POI leaves a merged region that spans the insertion point as it was: widen it.
		for (CellRangeAddress region : straddling) {
			for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
				if (sheet.getMergedRegion(i).formatAsString().equals(region.formatAsString())) {
					sheet.removeMergedRegion(i);
				}
			}
			sheet.addMergedRegion(new CellRangeAddress(region.getFirstRow(), region.getLastRow(),
					region.getFirstColumn(), region.getLastColumn() + 1));
		}
		set(sheet, kindRow, at, "CONDITION");
		if (straddling.stream().noneMatch((r) -> r.isInRange(kindRow + 1, at))) {
			set(sheet, kindRow + 1, at, before.pattern());
		}
		set(sheet, kindRow + 2, at, before.code());
		set(sheet, kindRow + 3, at, CAPTION);
	}

	/**
	 * Inserts an entry in the middle of each sheet that no case reaches: a country entry
	 * copied from the row above, valid from {@value #FAR_FUTURE}; a citation key and an
	 * agency code no row names.
	 */
	private static byte[] editLists(byte[] bytes) {
		return change(bytes, (workbook) -> {
			insertListRow(workbook.getSheet(ReferenceLists.COUNTRIES_SHEET), null, 2);
			insertListRow(workbook.getSheet(ReferenceLists.CITATIONS_SHEET), "INSERTED_TEST_KEY", 3);
			insertListRow(workbook.getSheet(ReferenceLists.AGENCIES_SHEET), "INSERTED_TEST_AGENCY", 2);
		});
	}

	private static void insertListRow(Sheet sheet, String key, int validFromColumn) {
		int at = sheet.getLastRowNum() / 2 + 1;
		sheet.shiftRows(at, sheet.getLastRowNum(), 1);
		Row copy = sheet.createRow(at);
		for (Cell cell : sheet.getRow(at - 1)) {
			((XSSFCell) copy.createCell(cell.getColumnIndex())).copyCellFrom(cell, new CellCopyPolicy());
		}
		if (key != null) {
			copy.getCell(0).setCellValue(key);
		}
		set(sheet, at, validFromColumn, FAR_FUTURE);
		Cell validTo = copy.getCell(validFromColumn + 1);
		if (validTo != null) {
			copy.removeCell(validTo);
		}
	}

	private static void set(Sheet sheet, int row, int column, String text) {
		Row r = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
		Cell cell = (r.getCell(column) != null) ? r.getCell(column) : r.createCell(column);
		cell.setCellValue(text);
	}

	private static RuleTable readTable(String file, byte[] bytes) {
		try {
			List<RuleTable> tables = WorkbookReader.readRuleTables(file, bytes);
			return tables.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Edit {

		void apply(Workbook workbook);

	}

	private static byte[] change(byte[] bytes, Edit edit) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.apply(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
