package id.imigrasi.decisions.engine.internal.validation;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;

/**
 * Whether a rule table is laid out so that Drools reads what policy staff see: every
 * required column and cell, dates that are dates, no merged cells or stray rows that
 * Drools would silently drop.
 */
final class StructureCheck {

	/** METADATA keys every row must fill in (SPEC 6), besides the rule ID. */
	private static final List<String> REQUIRED = List.of("reasonId", "reasonEn", "legalBasis", "validFrom");

	/**
	 * Revision 2 keys every row fills in once its table has the column (SPEC 6): who
	 * answers for the row and when it is next reviewed. A table from before revision 2 is
	 * warned about.
	 */
	static final List<String> OVERSIGHT = List.of("owner", "reviewBy");

	private StructureCheck() {
	}

	static void check(RuleTable table, Sheet sheet, Problems problems) {
		CellRef tableCell = tableCell(table);
		if (table.ruleIdColumn() == null) {
			problems.error(ProblemCode.MISSING_COLUMN, tableCell,
					"The table " + table.tableName() + " has no rule ID column.",
					"Tabel " + table.tableName() + " tidak punya kolom ID aturan.");
		}
		for (String key : requiredKeys(table)) {
			if (table.metaColumn(key) == null) {
				problems.error(ProblemCode.MISSING_COLUMN, tableCell,
						"The table " + table.tableName() + " has no " + key + "(\"$param\") METADATA column.",
						"Tabel " + table.tableName() + " tidak punya kolom METADATA " + key + "(\"$param\").");
			}
		}
		if (table.metaColumn("validTo") == null) {
			problems.warning(ProblemCode.MISSING_COLUMN, tableCell, "The table " + table.tableName()
					+ " has no validTo(\"$param\") METADATA column, so a rule cannot be retired by date (SPEC 5: a retired row keeps its ID with a Valid to).",
					"Tabel " + table.tableName()
							+ " tidak punya kolom METADATA validTo(\"$param\"), sehingga aturan tidak dapat dicabut dengan tanggal.");
		}
		for (String key : OVERSIGHT) {
			if (table.metaColumn(key) == null) {
				problems.warning(ProblemCode.MISSING_COLUMN, tableCell, "The table " + table.tableName() + " has no "
						+ key
						+ "(\"$param\") METADATA column: no row says who answers for it and when it is reviewed (SPEC 6).",
						"Tabel " + table.tableName() + " tidak punya kolom METADATA " + key
								+ "(\"$param\"): tidak ada baris yang menyebut penanggung jawab dan tanggal peninjauannya.");
			}
		}
		if (table.rows().isEmpty()) {
			problems.error(ProblemCode.NO_RULES, tableCell, "The table " + table.tableName() + " has no rows.",
					"Tabel " + table.tableName() + " tidak punya baris aturan.");
		}
		RuleRow previous = null;
		for (RuleRow row : table.rows()) {
			checkRow(row, problems);
			checkAlternatives(previous, row, problems);
			previous = row;
		}
		checkMergedCells(table, sheet, problems);
		checkStrayRows(table, sheet, problems);
	}

	/**
	 * Where the {@code RuleTable} keyword is: problems of the table as a whole go there.
	 */
	static CellRef tableCell(RuleTable table) {
		String letter = table.columns().isEmpty() ? "A" : table.columns().get(0).letter();
		return new CellRef(table.file(), table.sheet(), letter + table.headerRow());
	}

	static List<String> requiredKeys(RuleTable table) {
		List<String> keys = new java.util.ArrayList<>();
		if (table.isReferralTable()) {
			keys.addAll(List.of("agency", "urgency"));
		}
		else {
			keys.add("outcome");
		}
		keys.addAll(REQUIRED);
		return keys;
	}

	private static void checkRow(RuleRow row, Problems problems) {
		RuleTable table = row.table();
		String id = label(row);
		if (row.ruleId() == null && table.ruleIdColumn() != null) {
			problems.error(ProblemCode.MISSING_CELL, row.cellRef(table.ruleIdColumn()),
					"Row " + row.excelRow() + " has no rule ID; every row needs one (e.g. DC-010).",
					"Baris " + row.excelRow() + " tidak punya ID aturan; setiap baris wajib punya (mis. DC-010).");
		}
		List<String> required = new java.util.ArrayList<>(requiredKeys(table));
		required.addAll(OVERSIGHT);
		for (String key : required) {
			RuleColumn column = table.metaColumn(key);
			if (column != null && row.cell(column) == null) {
				problems.error(ProblemCode.MISSING_CELL, row.cellRef(column),
						"Row " + id + " has no " + column.captionEn() + "; every row needs one.",
						"Baris " + id + " tidak punya " + column.captionId() + "; setiap baris wajib mengisinya.");
			}
		}
		LocalDate from = date(row, "validFrom", problems);
		LocalDate to = date(row, "validTo", problems);
		date(row, "reviewBy", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.error(ProblemCode.DATE_ORDER, row.cellRef(table.metaColumn("validTo")),
					"Row " + id + " is valid to " + to + ", before it is valid from " + from
							+ ", so it never applies; correct one of the dates.",
					"Baris " + id + " berlaku sampai " + to + ", sebelum berlaku sejak " + from
							+ ", sehingga tidak pernah berlaku; perbaiki salah satu tanggal.");
		}
	}

	private static LocalDate date(RuleRow row, String key, Problems problems) {
		String value = row.meta(key);
		if (value == null) {
			return null;
		}
		LocalDate date = Cells.date(value);
		if (date == null) {
			RuleColumn column = row.table().metaColumn(key);
			problems.error(ProblemCode.NOT_A_DATE, row.cellRef(column),
					"'" + value + "' in " + column.captionEn() + " of row " + label(row)
							+ " is not a date; write it as YYYY-MM-DD, e.g. 2024-06-18.",
					"'" + value + "' di " + column.captionId() + " baris " + label(row)
							+ " bukan tanggal; tulis sebagai YYYY-MM-DD, mis. 2024-06-18.");
		}
		return date;
	}

	/**
	 * Consecutive rows with one rule ID are alternatives of one rule, so they must
	 * recommend (or refer) the same.
	 */
	private static void checkAlternatives(RuleRow previous, RuleRow row, Problems problems) {
		if (previous == null || row.ruleId() == null || !row.ruleId().equals(previous.ruleId())) {
			return;
		}
		String key = row.table().isReferralTable() ? "agency" : "outcome";
		String before = previous.meta(key);
		String now = row.meta(key);
		if (before != null && now != null && !before.equals(now)) {
			problems.error(ProblemCode.ALTERNATIVE_MISMATCH, row.cellRef(row.table().metaColumn(key)),
					"Row " + label(row) + " is an alternative of row " + previous.excelRow()
							+ " (same rule ID) but has " + key + " " + now + " instead of " + before
							+ "; alternatives must agree.",
					"Baris " + label(row) + " adalah alternatif baris " + previous.excelRow()
							+ " (ID sama) tetapi isinya " + now + ", bukan " + before + "; alternatif harus sama.");
		}
	}

	/**
	 * Drools reads only the top-left cell of a merged region: the other rows or columns
	 * it covers silently lose their value.
	 */
	private static void checkMergedCells(RuleTable table, Sheet sheet, Problems problems) {
		if (table.columns().isEmpty()) {
			return;
		}
		int firstRow = table.headerRow() + 4; // 0-based index of the first data row
		int firstColumn = table.columns().get(0).index();
		int lastColumn = table.columns().get(table.columns().size() - 1).index();
		int lastRow = firstRow + Math.max(table.rows().size(), 1) - 1;
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.getLastRow() >= firstRow && region.getFirstRow() <= lastRow
					&& region.getLastColumn() >= firstColumn && region.getFirstColumn() <= lastColumn) {
				String first = Cells.address(region.getFirstRow(), region.getFirstColumn());
				problems.error(ProblemCode.MERGED_CELL, new CellRef(table.file(), table.sheet(), first),
						"Cells " + region.formatAsString() + " are merged inside the rule rows; Drools reads only "
								+ first + " and the other cells lose their value. Unmerge them and fill each cell.",
						"Sel " + region.formatAsString() + " digabung di dalam baris aturan; Drools hanya membaca "
								+ first + " dan sel lain kehilangan isinya. Pisahkan dan isi setiap sel.");
			}
		}
	}

	/**
	 * The table ends at its first blank row; anything typed further down in its columns
	 * is not a rule, though staff may think it is.
	 */
	private static void checkStrayRows(RuleTable table, Sheet sheet, Problems problems) {
		if (table.columns().isEmpty()) {
			return;
		}
		int blankRow = table.headerRow() + 4 + table.rows().size(); // 0-based
		int firstColumn = table.columns().get(0).index();
		int lastColumn = table.columns().get(table.columns().size() - 1).index();
		for (int r = blankRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			if (startsNewTable(row)) {
				return;
			}
			for (int c = firstColumn; c <= lastColumn; c++) {
				Cell cell = row.getCell(c);
				if (Cells.text(cell) != null) {
					problems.error(ProblemCode.STRAY_CONTENT,
							new CellRef(table.file(), table.sheet(), Cells.address(r, c)),
							"This row comes after the blank row " + (blankRow + 1) + ", which ends the table "
									+ table.tableName()
									+ ": Drools ignores it. Delete the blank row or move this content.",
							"Baris ini ada setelah baris kosong " + (blankRow + 1) + " yang mengakhiri tabel "
									+ table.tableName()
									+ ": Drools mengabaikannya. Hapus baris kosong itu atau pindahkan isi ini.");
					break;
				}
			}
		}
	}

	private static boolean startsNewTable(Row row) {
		for (Cell cell : row) {
			String text = Cells.text(cell);
			if (text != null && (text.startsWith("RuleTable") || text.equals("RuleSet"))) {
				return true;
			}
		}
		return false;
	}

	static String label(RuleRow row) {
		return row.excelRow() + ((row.ruleId() != null) ? " (" + row.ruleId() + ")" : "");
	}

}
