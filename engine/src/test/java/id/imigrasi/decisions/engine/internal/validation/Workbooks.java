package id.imigrasi.decisions.engine.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * The committed workbooks of {@code decision-tables/}, read into memory, and copies of
 * them (or of any set) with one fault planted. The committed files are never written.
 */
final class Workbooks {

	private Workbooks() {
	}

	/** Every committed workbook, by file name. */
	static Map<String, byte[]> committed() {
		return id.imigrasi.decisions.engine.Workbooks.committed();
	}

	/** A copy of {@code base} with one workbook changed by {@code fault}. */
	static Map<String, byte[]> withFault(Map<String, byte[]> base, String file, Consumer<Workbook> fault) {
		Map<String, byte[]> workbooks = new TreeMap<>(base);
		workbooks.put(file, change(workbooks.get(file), fault));
		return workbooks;
	}

	/** A copy of {@code base} with one cell set to a text (or cleared, for null). */
	static Map<String, byte[]> withCell(Map<String, byte[]> base, String file, String sheet, String cell, String text) {
		return withFault(base, file, (workbook) -> set(workbook.getSheet(sheet), cell, text));
	}

	static byte[] change(byte[] bytes, Consumer<Workbook> fault) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fault.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void set(Sheet sheet, String address, String text) {
		CellAddress at = new CellAddress(address);
		Row row = (sheet.getRow(at.getRow()) != null) ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
		Cell cell = (row.getCell(at.getColumn()) != null) ? row.getCell(at.getColumn())
				: row.createCell(at.getColumn());
		if (text == null) {
			row.removeCell(cell);
		}
		else {
			cell.setCellValue(text);
		}
	}

	/**
	 * Makes Excel row {@code to} a copy of Excel row {@code from} (both 1-based, as
	 * {@code TableCells} gives them): whatever {@code to} held goes.
	 */
	static void copyRow(Sheet sheet, int from, int to) {
		Row source = sheet.getRow(from - 1);
		if (sheet.getRow(to - 1) != null) {
			sheet.removeRow(sheet.getRow(to - 1));
		}
		Row target = sheet.createRow(to - 1);
		for (Cell cell : source) {
			((XSSFCell) target.createCell(cell.getColumnIndex())).copyCellFrom(cell, new CellCopyPolicy());
		}
	}

}
