package id.imigrasi.decisions.engine.internal.validation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.CellRef;

/**
 * No cell holds a formula (SPEC 6). Drools computes a formula when it compiles, while the
 * sheet, the validator and policy staff see the value Excel last cached: {@code ="1"&"7"}
 * with a cached 18 reads 18 and compiles to 17. Functions that reach outside the file
 * ({@code WEBSERVICE}, {@code HYPERLINK}, DDE links) are formulas too.
 */
final class FormulaCheck {

	private FormulaCheck() {
	}

	/**
	 * @return whether the workbook has a formula
	 */
	static boolean check(String file, Workbook workbook, Problems problems) {
		boolean found = false;
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						found = true;
						String formula = "=" + formula(cell);
						String address = cell.getAddress().formatAsString();
						problems.error(ProblemCode.FORMULA, new CellRef(file, sheet.getSheetName(), address), "Cell "
								+ address + " holds the formula " + formula
								+ ": Drools would compute it when it compiles, while the sheet shows the value last saved, so the decision tables allow no formula. Type the value itself.",
								"Sel " + address + " memuat rumus " + formula
										+ ": Drools akan menghitungnya saat mengompilasi, sedangkan lembar menampilkan nilai yang terakhir disimpan, sehingga tabel keputusan tidak boleh memuat rumus. Ketik nilainya sendiri.");
					}
				}
			}
		}
		return found;
	}

	private static String formula(Cell cell) {
		try {
			return cell.getCellFormula();
		}
		catch (RuntimeException ex) {
			return "?";
		}
	}

}
