package id.imigrasi.decisions.service.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import id.imigrasi.decisions.service.TableCells;

/**
 * Workbook sets as a policy officer would drop them into the console: files on disk,
 * copies of the committed workbooks, edited as in Excel. The files in decision-tables/
 * are never touched.
 */
final class ConsoleWorkbooks {

	private ConsoleWorkbooks() {
	}

	static Map<String, byte[]> committed() {
		Map<String, byte[]> workbooks = new TreeMap<>();
		try (Stream<Path> files = Files.list(tablesDir())) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".xlsx")).toList()) {
				workbooks.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return workbooks;
	}

	/**
	 * The committed set with the cell captioned {@code caption} of every row of
	 * {@code ruleId} set to {@code value}.
	 */
	static Map<String, byte[]> withCell(String file, String ruleId, String caption, String value) {
		Map<String, byte[]> workbooks = committed();
		TableCells cells = TableCells.of(workbooks.get(file));
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbooks.get(file)))) {
			Sheet sheet = workbook.getSheet(cells.sheet());
			int column = cells.columnIndex(caption);
			for (int excelRow : cells.rows(ruleId)) {
				Row row = sheet.getRow(excelRow - 1);
				Cell cell = (row.getCell(column) != null) ? row.getCell(column) : row.createCell(column);
				cell.setCellValue(value);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbooks.put(file, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return workbooks;
	}

	/** Writes a set into a folder of its own; the paths, for a file input. */
	static List<Path> write(Path folder, Map<String, byte[]> files) {
		List<Path> paths = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				paths.add(Files.write(folder.resolve(file.getKey()), file.getValue()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return paths;
	}

	private static Path tablesDir() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("decision-tables"))) {
				return dir.resolve("decision-tables");
			}
		}
		throw new IllegalStateException("decision-tables/ not found above " + Path.of("").toAbsolutePath());
	}

}
