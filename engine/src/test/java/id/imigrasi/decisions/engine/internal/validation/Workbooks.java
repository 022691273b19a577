package id.imigrasi.decisions.engine.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;

/**
 * The committed workbooks of {@code decision-tables/}, read into memory, and copies of
 * them with one fault planted. The committed files are never written.
 */
final class Workbooks {

	private Workbooks() {
	}

	static Path folder() {
		return id.imigrasi.decisions.engine.Workbooks.folder();
	}

	/** Every committed workbook, by file name. */
	static Map<String, byte[]> committed() {
		return id.imigrasi.decisions.engine.Workbooks.committed();
	}

	/** The committed workbooks with one workbook changed by {@code fault}. */
	static Map<String, byte[]> withFault(String file, Consumer<Workbook> fault) {
		Map<String, byte[]> workbooks = committed();
		workbooks.put(file, change(workbooks.get(file), fault));
		return workbooks;
	}

	/** The committed workbooks with one cell set to a text (or cleared, for null). */
	static Map<String, byte[]> withCell(String file, String sheet, String cell, String text) {
		return withFault(file, (workbook) -> set(workbook.getSheet(sheet), cell, text));
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

	/** Copies row {@code from} over row {@code to} (0-based), cell by cell. */
	static void copyRow(Sheet sheet, int from, int to) {
		Row source = sheet.getRow(from);
		Row target = (sheet.getRow(to) != null) ? sheet.getRow(to) : sheet.createRow(to);
		for (Cell cell : source) {
			Cell copy = target.createCell(cell.getColumnIndex());
			copy.setCellValue(cell.getStringCellValue());
		}
	}

}
