package id.imigrasi.decisions.engine.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

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

	/**
	 * The {@code decision-tables} folder, found from the module directory upwards (Maven
	 * runs tests in {@code engine/}, an IDE may run them from the root).
	 */
	static Path folder() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("decision-tables");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("No decision-tables folder above " + Path.of("").toAbsolutePath());
	}

	/** Every committed workbook, by file name. */
	static Map<String, byte[]> committed() {
		Map<String, byte[]> workbooks = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".xlsx")).toList()) {
				workbooks.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return workbooks;
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
