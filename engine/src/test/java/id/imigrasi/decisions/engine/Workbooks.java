package id.imigrasi.decisions.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The committed workbooks of {@code decision-tables/}, read as bytes and edited in memory
 * only: the files on disk are never opened for writing.
 */
public final class Workbooks {

	private Workbooks() {
	}

	/** {@code decision-tables/}, found from the module directory or any parent. */
	public static Path folder() {
		Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
		for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
			Path tables = candidate.resolve("decision-tables");
			if (Files.isRegularFile(tables.resolve("lists.xlsx"))) {
				return tables;
			}
		}
		throw new IllegalStateException("No decision-tables/ folder above " + dir);
	}

	/** Every workbook of the folder, by file name. */
	public static Map<String, byte[]> committed() {
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

	/** A copy of the workbook with one cell of one sheet set to a text. */
	static byte[] withCell(byte[] workbook, String sheetName, String address, String text) {
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.getSheet(sheetName);
			CellReference ref = new CellReference(address);
			Row row = (sheet.getRow(ref.getRow()) != null) ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
			Cell cell = (row.getCell(ref.getCol()) != null) ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
			cell.setCellValue(text);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
