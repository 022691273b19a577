package id.imigrasi.decisions.engine.internal.properties;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;

/**
 * The tables as they stood on main at 0e24d9e, kept as a fixture
 * ({@code src/test/resources/tables-0e24d9e/}): they break P-MINOR and P-IMMEDIATE (issue
 * 13), which the property tests prove; and copies of them with one fault planted.
 */
final class Tables {

	static final String DEPARTURE = "departure.drl.xlsx";

	static final String PASSPORT = "passport-application.drl.xlsx";

	static final String REFERRAL = "referral.drl.xlsx";

	static final String LISTS = "lists.xlsx";

	private Tables() {
	}

	/** The tables of 0e24d9e, by file name. */
	static Map<String, byte[]> of0e24d9e() {
		Map<String, byte[]> workbooks = new TreeMap<>();
		for (String file : new String[] { DEPARTURE, PASSPORT, REFERRAL, LISTS }) {
			try (InputStream in = Tables.class.getResourceAsStream("/tables-0e24d9e/" + file)) {
				workbooks.put(file, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return workbooks;
	}

	/** The fixture with cells of the first sheet of one workbook set (null clears). */
	static Map<String, byte[]> withCells(String file, String... addressesAndValues) {
		return with(of0e24d9e(), file, (workbook) -> {
			Sheet sheet = workbook.getSheetAt(0);
			for (int i = 0; i < addressesAndValues.length; i += 2) {
				set(sheet, addressesAndValues[i], addressesAndValues[i + 1]);
			}
		});
	}

	static Map<String, byte[]> with(Map<String, byte[]> workbooks, String file, Consumer<Workbook> change) {
		Map<String, byte[]> copy = new TreeMap<>(workbooks);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(copy.get(file)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(workbook);
			workbook.write(out);
			copy.put(file, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return copy;
	}

	static void set(Sheet sheet, String address, String value) {
		CellAddress at = new CellAddress(address);
		Row row = (sheet.getRow(at.getRow()) != null) ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
		Cell cell = (row.getCell(at.getColumn()) != null) ? row.getCell(at.getColumn())
				: row.createCell(at.getColumn());
		if (value == null) {
			row.removeCell(cell);
		}
		else {
			cell.setCellValue(value);
		}
	}

	/**
	 * Compiles the fixture, or a copy of it with a fault planted, against the header rows
	 * the engine declared for it ({@link Layouts0e24d9e}).
	 */
	static Ruleset compile(Map<String, byte[]> workbooks) {
		return Layouts0e24d9e.compile(workbooks);
	}

	/**
	 * Compiles workbooks shaped as the committed tables, against today's declarations.
	 */
	static Ruleset compileAsDeclared(Map<String, byte[]> workbooks) {
		try {
			return Ruleset.compile("test-" + Integer.toHexString(workbooks.hashCode()), workbooks);
		}
		catch (RulesetException ex) {
			throw new AssertionError(ex.getMessage(), ex);
		}
	}

}
