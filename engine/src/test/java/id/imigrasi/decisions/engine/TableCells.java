package id.imigrasi.decisions.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;

/**
 * Where a cell of a rule table is, found the way policy staff find it: by rule ID (and
 * which of its alternative rows) and by column caption, never by A1 letters, so that a
 * row or a column inserted into a workbook moves no test. A caption is the English line
 * of the bilingual caption ({@code "Stated purpose (any of)"}) or, for a METADATA column,
 * its key ({@code "outcome"}, {@code "validTo"}).
 */
public final class TableCells {

	/** The header rows below the {@code RuleTable} cell, top to bottom. */
	public enum Header {

		KIND, PATTERN, CODE, CAPTION

	}

	private final RuleTable table;

	private TableCells(RuleTable table) {
		this.table = table;
	}

	/** The rule table of a committed workbook. */
	public static TableCells of(String file) {
		return of(Workbooks.committed(), file);
	}

	/** The rule table of {@code file} in a set of workbooks (one table per workbook). */
	public static TableCells of(Map<String, byte[]> workbooks, String file) {
		try {
			List<RuleTable> tables = WorkbookReader.readRuleTables(file, workbooks.get(file));
			if (tables.size() != 1) {
				throw new IllegalArgumentException(file + " has " + tables.size() + " rule tables, not one");
			}
			return new TableCells(tables.get(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String file() {
		return this.table.file();
	}

	public String sheet() {
		return this.table.sheet();
	}

	/** The name Drools gives the table's rules before {@code _<row>}. */
	public String tableName() {
		return this.table.tableName();
	}

	/** The Excel row of the {@code alternative}-th row (from 1) of a rule ID. */
	public int row(String ruleId, int alternative) {
		List<RuleRow> rows = this.table.rows().stream().filter((r) -> ruleId.equals(r.ruleId())).toList();
		if (alternative < 1 || alternative > rows.size()) {
			throw new IllegalArgumentException(
					this.table + " has " + rows.size() + " row(s) of " + ruleId + ", not " + alternative);
		}
		return rows.get(alternative - 1).excelRow();
	}

	/** The Excel row of a rule ID's first (or only) row. */
	public int row(String ruleId) {
		return row(ruleId, 1);
	}

	/** The Excel row of the blank row that ends the table. */
	public int blankRow() {
		List<RuleRow> rows = this.table.rows();
		return rows.get(rows.size() - 1).excelRow() + 1;
	}

	/** The Excel row of the first row below the header, where the rule rows start. */
	public int firstRow() {
		// headerRow() is the RuleTable cell's row; kinds, patterns, code and captions
		// follow
		return this.table.headerRow() + 5;
	}

	/** The column letter of a caption (English line) or a METADATA key. */
	public String column(String caption) {
		List<RuleColumn> matches = this.table.columns()
			.stream()
			.filter((c) -> caption.equals(c.captionEn()) || caption.equals(c.metaKey()))
			.toList();
		if (matches.size() != 1) {
			throw new IllegalArgumentException(this.table + " has " + matches.size() + " column(s) captioned '"
					+ caption + "': " + this.table.columns().stream().map(RuleColumn::captionEn).toList());
		}
		return matches.get(0).letter();
	}

	/** The column's caption as the validator quotes it (the English line). */
	public String caption(String caption) {
		String letter = column(caption);
		return this.table.columns()
			.stream()
			.filter((c) -> c.letter().equals(letter))
			.findFirst()
			.orElseThrow()
			.captionEn();
	}

	/**
	 * A1 address of a rule row's cell:
	 * {@code cell("DC-011", 2, "Stated purpose (any of)")}
	 */
	public String cell(String ruleId, int alternative, String caption) {
		return column(caption) + row(ruleId, alternative);
	}

	/** A1 address of the cell of a rule ID's first (or only) row. */
	public String cell(String ruleId, String caption) {
		return cell(ruleId, 1, caption);
	}

	/** A1 address of a column's cell in the blank row that ends the table. */
	public String blankCell(String caption) {
		return column(caption) + blankRow();
	}

	/** A1 address of a column's cell in one of the header rows. */
	public String headerCell(String caption, Header header) {
		return column(caption) + (this.table.headerRow() + header.ordinal() + 1);
	}

	/** A1 address of the {@code RuleTable} cell. */
	public String tableCell() {
		return this.table.columns().get(0).letter() + this.table.headerRow();
	}

	/** A full location as problems and findings give it: {@code file!sheet!cell}. */
	public String location(String cell) {
		return file() + "!" + sheet() + "!" + cell;
	}

	/** The full location of a rule row's cell. */
	public String location(String ruleId, int alternative, String caption) {
		return location(cell(ruleId, alternative, caption));
	}

	/**
	 * A1 address of a cell of {@code lists.xlsx}: the {@code nth} entry (from 1) of
	 * {@code key} (first column) in the column whose header's English line is
	 * {@code caption}.
	 */
	public static String listCell(Map<String, byte[]> workbooks, String sheetName, String key, int nth,
			String caption) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbooks.get("lists.xlsx")))) {
			Sheet sheet = workbook.getSheet(sheetName);
			Row header = sheet.getRow(0);
			int column = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				String text = Cells.text(header.getCell(c));
				if (text != null && caption.equals(text.substring(text.lastIndexOf('\n') + 1).strip())) {
					column = c;
				}
			}
			if (column < 0) {
				throw new IllegalArgumentException("lists.xlsx!" + sheetName + " has no column '" + caption + "'");
			}
			int seen = 0;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && key.equals(Cells.text(row.getCell(0))) && ++seen == nth) {
					return Cells.address(row.getRowNum(), column);
				}
			}
			throw new IllegalArgumentException("lists.xlsx!" + sheetName + " has " + seen + " entries of " + key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Excel row of an A1 address. */
	public static int rowOf(String cell) {
		return Integer.parseInt(cell.replaceAll("^[A-Z]+", ""));
	}

}
