package id.imigrasi.decisions.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Where a cell of a rule table is, found by rule ID and column caption (the English line
 * of the bilingual caption, e.g. {@code "Outcome"}), never by A1 letters, so that a row
 * or a column inserted into a workbook moves no test. Reads the sheet as policy staff see
 * it (the caption row is the one captioned {@code Rule ID}); the service's tests know the
 * engine only through its public types.
 */
public final class TableCells {

	private static final DataFormatter TEXT = new DataFormatter();

	private final String sheet;

	private final List<String> captions;

	private final int ruleIdColumn;

	private final List<Integer> rows = new ArrayList<>();

	private final List<String> ruleIds = new ArrayList<>();

	private TableCells(Sheet sheet) {
		this.sheet = sheet.getSheetName();
		Row captionRow = null;
		int idColumn = -1;
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (captionRow == null && "Rule ID".equals(englishLine(cell))) {
					captionRow = row;
					idColumn = cell.getColumnIndex();
				}
			}
		}
		if (captionRow == null) {
			throw new IllegalArgumentException(sheet.getSheetName() + " has no column captioned 'Rule ID'");
		}
		this.ruleIdColumn = idColumn;
		this.captions = new ArrayList<>();
		for (int c = 0; c < captionRow.getLastCellNum(); c++) {
			this.captions.add(englishLine(captionRow.getCell(c)));
		}
		for (int r = captionRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String id = (row != null) ? TEXT.formatCellValue(row.getCell(idColumn)).strip() : "";
			if (id.isEmpty()) {
				break;
			}
			this.rows.add(r + 1);
			this.ruleIds.add(id);
		}
	}

	/** The rule table on the first sheet of a workbook. */
	public static TableCells of(byte[] workbook) {
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
			return new TableCells(book.getSheetAt(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String sheet() {
		return this.sheet;
	}

	/** The Excel rows of a rule ID, in order: one per alternative. */
	public List<Integer> rows(String ruleId) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			if (this.ruleIds.get(i).equals(ruleId)) {
				found.add(this.rows.get(i));
			}
		}
		if (found.isEmpty()) {
			throw new IllegalArgumentException(this.sheet + " has no row of " + ruleId);
		}
		return found;
	}

	/** The 0-based index of the column captioned {@code caption} (English line). */
	public int columnIndex(String caption) {
		int index = this.captions.indexOf(caption);
		if (index < 0 || this.captions.lastIndexOf(caption) != index) {
			throw new IllegalArgumentException(this.sheet + " has no single column captioned '" + caption + "'");
		}
		return index;
	}

	/** A1 address of the {@code alternative}-th row (from 1) of a rule ID. */
	public String cell(String ruleId, int alternative, String caption) {
		return CellReference.convertNumToColString(columnIndex(caption)) + rows(ruleId).get(alternative - 1);
	}

	/** A1 address of the rule-ID cell of a rule ID's {@code alternative}-th row. */
	public String ruleIdCell(String ruleId, int alternative) {
		return CellReference.convertNumToColString(this.ruleIdColumn) + rows(ruleId).get(alternative - 1);
	}

	private static String englishLine(Cell cell) {
		String text = TEXT.formatCellValue(cell);
		return text.substring(text.lastIndexOf('\n') + 1).strip();
	}

}
