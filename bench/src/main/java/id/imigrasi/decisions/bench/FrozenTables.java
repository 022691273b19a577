package id.imigrasi.decisions.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;

/**
 * The benchmark's own copy of the decision tables
 * ({@code src/main/resources/frozen-tables/}), the ones the hand-written baseline and
 * {@code departure.dmn} transcribe. Policy staff edit {@code decision-tables/} freely;
 * this copy changes only on purpose, together with the two transcriptions, so a table
 * edit never turns the build red for the benchmark's sake.
 */
final class FrozenTables {

	static final String VERSION = "bench-frozen-2026-12-rev2";

	private static final List<String> FILES = List.of("departure.drl.xlsx", "passport-application.drl.xlsx",
			"referral.drl.xlsx", "lists.xlsx");

	private FrozenTables() {
	}

	static Map<String, byte[]> workbooks() {
		Map<String, byte[]> workbooks = new TreeMap<>();
		for (String file : FILES) {
			try (InputStream in = FrozenTables.class.getResourceAsStream("/frozen-tables/" + file)) {
				if (in == null) {
					throw new IllegalStateException("The benchmark's frozen tables lack " + file);
				}
				workbooks.put(file, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return workbooks;
	}

	/** The frozen tables compiled, as the engine under test runs them. */
	static Ruleset ruleset() {
		try {
			return Ruleset.compile(VERSION, workbooks());
		}
		catch (RulesetException ex) {
			throw new IllegalStateException("The benchmark's frozen tables do not compile", ex);
		}
	}

	/**
	 * The two country lists of the frozen lists.xlsx as they stand on a date (sheet
	 * {@code Daftar Negara}: list code, country, ..., valid from, valid to), and its
	 * land-border posts in force then (sheet {@code Pos Lintas Batas}: checkpoint code,
	 * post, neighbour, ..., valid from, valid to). The date columns are found by their
	 * English caption, as revision 2 of the tables moved them.
	 */
	static CountryLists countryLists(LocalDate date) {
		Set<String> risk = new HashSet<>();
		Set<String> moratorium = new HashSet<>();
		Map<String, String> posts = new HashMap<>();
		DataFormatter cells = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbooks().get("lists.xlsx")))) {
			Sheet sheet = workbook.getSheet("Daftar Negara");
			int from = column(sheet, "Valid from", cells);
			int to = column(sheet, "Valid to", cells);
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String list = cells.formatCellValue(row.getCell(0)).strip();
				String country = cells.formatCellValue(row.getCell(1)).strip();
				if (inForce(cells.formatCellValue(row.getCell(from)), cells.formatCellValue(row.getCell(to)), date)) {
					if (list.equals(CountryLists.DESTINATION_RISK)) {
						risk.add(country);
					}
					else if (list.equals(CountryLists.MORATORIUM)) {
						moratorium.add(country);
					}
				}
			}
			Sheet borderPosts = workbook.getSheet("Pos Lintas Batas");
			int postFrom = column(borderPosts, "Valid from", cells);
			int postTo = column(borderPosts, "Valid to", cells);
			for (Row row : borderPosts) {
				String code = cells.formatCellValue(row.getCell(0)).strip();
				if (row.getRowNum() > 0 && !code.isEmpty() && inForce(cells.formatCellValue(row.getCell(postFrom)),
						cells.formatCellValue(row.getCell(postTo)), date)) {
					posts.putIfAbsent(code, cells.formatCellValue(row.getCell(2)).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CountryLists(Set.copyOf(risk), Set.copyOf(moratorium), Map.copyOf(posts));
	}

	private static int column(Sheet sheet, String englishCaption, DataFormatter cells) {
		for (Cell cell : sheet.getRow(0)) {
			if (cells.formatCellValue(cell).strip().endsWith(englishCaption)) {
				return cell.getColumnIndex();
			}
		}
		throw new IllegalStateException(sheet.getSheetName() + " has no column " + englishCaption);
	}

	private static boolean inForce(String from, String to, LocalDate date) {
		return (from.isBlank() || !date.isBefore(LocalDate.parse(from.strip())))
				&& (to.isBlank() || !date.isAfter(LocalDate.parse(to.strip())));
	}

}
