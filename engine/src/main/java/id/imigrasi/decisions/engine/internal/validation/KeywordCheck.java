package id.imigrasi.decisions.engine.internal.validation;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.TableLayout;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;

/**
 * Drools reads a cell that starts with {@code RuleTable} as a new table and the first
 * cells of a row outside a table as settings of the rule set: {@code Functions},
 * {@code Queries}, {@code Declare} and {@code Variables} take code, {@code Import} takes
 * classes, {@code Sequential} or {@code EscapeQuotes} change how rows are compiled. Such
 * a cell anywhere but where the table's declaration puts it, on any sheet, is refused.
 */
final class KeywordCheck {

	/** Drools' settings and column headers, lower case (Drools ignores the case). */
	static final List<String> KEYWORDS = List.of("ruleset", "import", "variables", "functions", "queries", "declare",
			"sequential", "sequentialmaxpriority", "sequentialminpriority", "escapequotes", "numericdisabled",
			"ignorenumericformat", "unit", "dialect", "condition", "action", "metadata", "name", "description",
			"salience", "priority", "duration", "timer", "enabled", "calendars", "no-loop", "lock-on-active",
			"auto-focus", "activation-group", "agenda-group", "ruleflow-group", "date-effective", "date-expires");

	private KeywordCheck() {
	}

	static void check(String file, Workbook workbook, Problems problems) {
		TableLayout layout = TableLayouts.forFile(file).orElse(null);
		for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
			Sheet sheet = workbook.getSheetAt(s);
			// The header rows of the rule sheet are compared cell by cell with the
			// declaration (LayoutCheck), keywords included.
			boolean ruleSheet = layout != null && sheet.getSheetName().equals(layout.sheet());
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() != CellType.STRING) {
						continue;
					}
					String text = cell.getStringCellValue().strip().toLowerCase(Locale.ROOT);
					if (!text.startsWith("ruletable") && !KEYWORDS.contains(text)) {
						continue;
					}
					String address = cell.getAddress().formatAsString();
					if (ruleSheet && row.getRowNum() <= TableLayout.TABLE_ROW + 4) {
						continue;
					}
					String shown = cell.getStringCellValue().strip();
					problems.error(ProblemCode.DROOLS_KEYWORD, new CellRef(file, sheet.getSheetName(), address), "'"
							+ shown
							+ "' is a Drools keyword: here Drools would read it as a new table or a setting of the rule set, and the cells beside it as code. Only the table's header may hold it; reword or clear the cell.",
							"'" + shown
									+ "' adalah kata kunci Drools: di sini Drools akan membacanya sebagai tabel baru atau pengaturan aturan, dan sel di sebelahnya sebagai kode. Hanya baris judul tabel yang boleh memuatnya; ubah kata-katanya atau kosongkan sel itu.");
				}
			}
		}
	}

}
