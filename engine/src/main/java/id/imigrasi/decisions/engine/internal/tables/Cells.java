package id.imigrasi.decisions.engine.internal.tables;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a cell the way policy staff typed it, whatever Excel or LibreOffice made of it.
 */
public final class Cells {

	private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

	private Cells() {
	}

	/**
	 * The cell's text, trimmed; {@code null} for a missing or blank cell. A date typed as
	 * a date comes back as {@code YYYY-MM-DD}, a boolean as {@code true}/{@code false}.
	 */
	public static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String text = switch (type) {
			case BLANK, ERROR, _NONE -> null;
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString() : FORMATTER.formatCellValue(cell);
			case STRING -> cell.getStringCellValue();
			default -> FORMATTER.formatCellValue(cell);
		};
		if (text == null) {
			return null;
		}
		text = text.strip();
		return text.isEmpty() ? null : text;
	}

	/** Parses {@code YYYY-MM-DD}; {@code null} if the text is not such a date. */
	public static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Column letter of a 0-based column index: 1 is {@code B}. */
	public static String letter(int column) {
		return CellReference.convertNumToColString(column);
	}

	/** A1 address of 0-based indexes. */
	public static String address(int row, int column) {
		return letter(column) + (row + 1);
	}

}
