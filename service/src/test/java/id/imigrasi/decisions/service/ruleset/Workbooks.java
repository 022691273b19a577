package id.imigrasi.decisions.service.ruleset;

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

import id.imigrasi.decisions.service.TableCells;

/**
 * The committed workbooks as bytes, and edits to copies of them as policy staff would
 * make in Excel. The files in decision-tables/ are never touched.
 */
final class Workbooks {

	private Workbooks() {
	}

	static Path tablesDir() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("decision-tables"))) {
				return dir.resolve("decision-tables");
			}
		}
		throw new IllegalStateException("decision-tables/ not found above " + Path.of("").toAbsolutePath());
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
	 * A copy of the set where every row of {@code ruleId} has the cell in the column
	 * captioned {@code caption} (English line, e.g. {@code "Outcome"}) set to
	 * {@code value}.
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

}
