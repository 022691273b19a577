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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import id.imigrasi.decisions.service.TableCells;

/**
 * The committed workbooks as bytes, and edits to copies of them as policy staff would
 * make in Excel. The files in decision-tables/ are never touched. Public for the tests of
 * other features that plant an edit (the impact of a candidate).
 */
public final class Workbooks {

	private Workbooks() {
	}

	public static Path tablesDir() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("decision-tables"))) {
				return dir.resolve("decision-tables");
			}
		}
		throw new IllegalStateException("decision-tables/ not found above " + Path.of("").toAbsolutePath());
	}

	public static Map<String, byte[]> committed() {
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
	 * A copy of the set where every row with {@code ruleId} has the column whose code is
	 * {@code key("$param")} (e.g. {@code outcome}) set to {@code value}: found by its
	 * code, so the edit survives columns added to the tables.
	 */
	static Map<String, byte[]> withMeta(String file, String ruleId, String key, String value) {
		return withLetter(file, ruleId, column(file, key + "(\"$param\")"), value);
	}

	/** The letter of the column whose code cell (row 9) is {@code code}. */
	static String column(String file, String code) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(committed().get(file)))) {
			Row codes = workbook.getSheetAt(0).getRow(8);
			for (Cell cell : codes) {
				if (code.equals(cell.toString().strip())) {
					return CellReference.convertNumToColString(cell.getColumnIndex());
				}
			}
			throw new IllegalStateException("No column with code " + code + " in " + file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of the set with a row added after the last rule of the first sheet: cells by
	 * the column's code ({@code outcome("$param")}, {@code interviewed == $param}) or
	 * {@code ruleId} for column B. An owner and a review date are filled where the table
	 * has those columns.
	 * @return the set, and the new row's number as Excel shows it
	 */
	public static Map<String, byte[]> withNewRow(String file, Map<String, String> cells) {
		Map<String, byte[]> workbooks = committed();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbooks.get(file)))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row codes = sheet.getRow(8);
			int last = 10;
			while (sheet.getRow(last) != null && sheet.getRow(last).getCell(1) != null
					&& !sheet.getRow(last).getCell(1).toString().isBlank()) {
				last++;
			}
			Row row = (sheet.getRow(last) != null) ? sheet.getRow(last) : sheet.createRow(last);
			Map<String, String> all = new java.util.LinkedHashMap<>(cells);
			all.putIfAbsent("owner(\"$param\")", "Subdit Lalu Lintas Keimigrasian");
			all.putIfAbsent("reviewBy(\"$param\")", "2027-12-31");
			for (Cell code : codes) {
				String template = code.toString().strip();
				String value = (code.getColumnIndex() == 1) ? all.get("ruleId") : all.get(template);
				if (value != null) {
					row.createCell(code.getColumnIndex()).setCellValue(value);
				}
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

	/**
	 * A copy of the set with the column whose code is {@code code} deleted as Excel
	 * deletes a column: the columns to its right move left.
	 */
	static Map<String, byte[]> withoutColumn(String file, String code) {
		int column = CellReference.convertColStringToIndex(column(file, code));
		return edit(file, (sheet) -> {
			for (Row row : sheet) {
				int last = row.getLastCellNum();
				for (int c = column; c < last; c++) {
					Cell next = row.getCell(c + 1);
					Cell here = (row.getCell(c) != null) ? row.getCell(c) : row.createCell(c);
					if (next == null) {
						row.removeCell(here);
					}
					else {
						here.setCellValue(next.toString());
					}
				}
			}
			for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
				org.apache.poi.ss.util.CellRangeAddress region = sheet.getMergedRegion(i);
				if (region.getFirstColumn() <= column && region.getLastColumn() >= column) {
					sheet.removeMergedRegion(i);
					sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(region.getFirstRow(),
							region.getLastRow(), region.getFirstColumn(), region.getLastColumn() - 1));
				}
			}
		});
	}

	/**
	 * A copy of the set with a formula (and a cached value) in the row's cell of a
	 * column.
	 */
	static Map<String, byte[]> withFormula(String file, String ruleId, String code, String formula, String cached) {
		int column = CellReference.convertColStringToIndex(column(file, code));
		return edit(file, (sheet) -> {
			for (Row row : sheet) {
				Cell id = row.getCell(1);
				if (id != null && ruleId.equals(id.toString().strip())) {
					Cell cell = (row.getCell(column) != null) ? row.getCell(column) : row.createCell(column);
					cell.setCellFormula(formula);
					cell.setCellValue(cached);
				}
			}
		});
	}

	/** A copy of the set with one cell of the first sheet of a workbook set. */
	static Map<String, byte[]> withAddress(String file, String address, String value) {
		return edit(file, (sheet) -> {
			CellReference at = new CellReference(address);
			Row row = (sheet.getRow(at.getRow()) != null) ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
			Cell cell = (row.getCell(at.getCol()) != null) ? row.getCell(at.getCol()) : row.createCell(at.getCol());
			cell.setCellValue(value);
		});
	}

	private static Map<String, byte[]> edit(String file, java.util.function.Consumer<Sheet> change) {
		Map<String, byte[]> workbooks = committed();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbooks.get(file)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(workbook.getSheetAt(0));
			workbook.write(out);
			workbooks.put(file, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return workbooks;
	}

	/**
	 * A copy of the set where every row with {@code ruleId} has the cell of a column
	 * letter set.
	 */
	private static Map<String, byte[]> withLetter(String file, String ruleId, String letter, String value) {
		int target = CellReference.convertColStringToIndex(letter);
		return edit(file, (sheet) -> {
			for (Row row : sheet) {
				Cell id = row.getCell(1);
				if (id != null && ruleId.equals(id.toString().strip())) {
					Cell cell = (row.getCell(target) != null) ? row.getCell(target) : row.createCell(target);
					cell.setCellValue(value);
				}
			}
		});
	}

	/**
	 * A copy of the set where every row of {@code ruleId} has the cell in the column
	 * captioned {@code caption} (English line, e.g. {@code "Outcome"}) set to
	 * {@code value}.
	 */
	public static Map<String, byte[]> withCell(String file, String ruleId, String caption, String value) {
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
