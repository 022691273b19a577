package id.imigrasi.decisions.engine.internal.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the rule tables of a Drools decision-table workbook cell by cell: the layout
 * Drools compiles (a {@code RuleSet} cell, then {@code RuleTable}, the column kinds,
 * patterns, code templates and captions, then one rule per row until the first blank
 * row).
 */
public final class WorkbookReader {

	private static final java.util.regex.Pattern META_KEY = java.util.regex.Pattern.compile("^\\s*(\\w+)\\s*\\(");

	private WorkbookReader() {
	}

	/**
	 * Whether Drools compiles a file of this name into rules (pitfall: plain .xlsx is
	 * ignored).
	 */
	public static boolean isRuleWorkbook(String fileName) {
		String name = fileName.toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls");
	}

	public static Workbook open(String file, byte[] bytes) throws IOException {
		try {
			return WorkbookFactory.create(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			throw new IOException(file + " is not a readable Excel workbook (.xlsx): " + ex.getMessage(), ex);
		}
	}

	/** Every rule table in the workbook, in sheet order. */
	public static List<RuleTable> readRuleTables(String file, byte[] bytes) throws IOException {
		try (Workbook workbook = open(file, bytes)) {
			List<RuleTable> tables = new ArrayList<>();
			for (Sheet sheet : workbook) {
				tables.addAll(readSheet(file, sheet));
			}
			return tables;
		}
	}

	static List<RuleTable> readSheet(String file, Sheet sheet) {
		List<RuleTable> tables = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				String text = Cells.text(cell);
				if (text != null && text.startsWith("RuleTable")) {
					tables.add(readTable(file, sheet, row.getRowNum(), cell.getColumnIndex(),
							text.substring("RuleTable".length()).trim()));
				}
			}
		}
		return tables;
	}

	private static RuleTable readTable(String file, Sheet sheet, int headerRow, int firstColumn, String tableName) {
		Row kinds = sheet.getRow(headerRow + 1);
		List<RuleColumn> columns = new ArrayList<>();
		if (kinds != null) {
			for (int c = firstColumn; c < Math.max(kinds.getLastCellNum(), firstColumn); c++) {
				String kind = Cells.text(kinds.getCell(c));
				if (kind == null) {
					break;
				}
				String code = text(sheet, headerRow + 3, c);
				String metaKey = null;
				if ("METADATA".equals(kind) && code != null) {
					Matcher m = META_KEY.matcher(code);
					metaKey = m.find() ? m.group(1) : null;
				}
				columns.add(new RuleColumn(c, Cells.letter(c), kind, merged(sheet, headerRow + 2, c), code,
						orEmpty(text(sheet, headerRow + 4, c)), metaKey));
			}
		}
		RuleTable table = new RuleTable(file, sheet.getSheetName(), tableName.replace(' ', '_'), headerRow + 1,
				columns);
		for (int r = headerRow + 5; r <= sheet.getLastRowNum(); r++) {
			Map<String, String> cells = new LinkedHashMap<>();
			for (RuleColumn column : columns) {
				String value = text(sheet, r, column.index());
				if (value != null) {
					cells.put(column.letter(), value);
				}
			}
			if (cells.isEmpty()) {
				break; // Drools ends a rule table at the first blank row
			}
			table.addRow(new RuleRow(table, r + 1, cells));
		}
		return table;
	}

	private static String text(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		return (r != null) ? Cells.text(r.getCell(column)) : null;
	}

	/**
	 * The value of a cell, or of the merged region that covers it (patterns span
	 * columns).
	 */
	private static String merged(Sheet sheet, int row, int column) {
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.isInRange(row, column)) {
				return text(sheet, region.getFirstRow(), region.getFirstColumn());
			}
		}
		return text(sheet, row, column);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
