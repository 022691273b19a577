package id.imigrasi.decisions.engine.internal.tidy;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import id.imigrasi.decisions.engine.internal.tables.Cells;

/**
 * Row heights that fit wrapped text: neither Excel nor LibreOffice grows a row written by
 * a program, so reasons overlapped and captions were cut at the default 15 points.
 * Estimated from the text and the column widths, as a person would by eye.
 */
final class RowHeights {

	/** Points per line of 11-point text, and the most a row may take. */
	private static final float LINE = 14.5f;

	private static final float MAX = 409f;

	/**
	 * Characters of text per unit of column width (one digit wide): ordinary and bold
	 * (captions), measured on LibreOffice's PDF of the tables.
	 */
	private static final double CHARS_PER_UNIT = 1.05;

	private static final double BOLD_CHARS_PER_UNIT = 0.85;

	private RowHeights() {
	}

	static void fit(Sheet sheet, Row row) {
		int lines = 1;
		for (Cell cell : row) {
			String text = Cells.text(cell);
			if (text == null) {
				continue;
			}
			boolean bold = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
			double perUnit = bold ? BOLD_CHARS_PER_UNIT : CHARS_PER_UNIT;
			int width = Math.max(1, (int) (sheet.getColumnWidth(cell.getColumnIndex()) / 256 * perUnit) - 1);
			int cellLines = 0;
			for (String line : text.split("\n", -1)) {
				cellLines += Math.max(1, (line.length() + width - 1) / width);
			}
			lines = Math.max(lines, cellLines);
		}
		row.setHeightInPoints(Math.min(MAX, lines * LINE + 3));
	}

}
