package id.imigrasi.decisions.engine.internal.validation;

import java.util.regex.Pattern;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.CellType;
import id.imigrasi.decisions.engine.internal.tables.ColumnLayout;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.TableLayout;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;

/**
 * Policy staff's cells are data: each is checked against the shape its column's type
 * allows before it is put into the column's template, so that no value can close the
 * string or the constraint it stands in, nor add a statement. A code value (a yes/no, a
 * number, enum constants, codes, rule IDs) may hold letters, digits, underscores, commas,
 * spaces and, for rule IDs, dashes (no operator, quote, parenthesis or semicolon); a text
 * may hold anything but a double quote, a backslash and control characters.
 * {@link ValueCheck} then checks the values themselves.
 */
final class CellTypeCheck {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_ ]+");

	private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9_ ]+(,[A-Za-z0-9_ ]+)*");

	private static final Pattern IDS = Pattern.compile("[A-Za-z0-9_-]+(\\s*,\\s*[A-Za-z0-9_-]+)*");

	private static final Pattern TEXT = Pattern.compile("[^\"\\\\\\p{Cntrl}]*");

	private CellTypeCheck() {
	}

	static void check(RuleTable table, Problems problems) {
		TableLayout layout = TableLayouts.forFile(table.file()).orElse(null);
		if (layout == null) {
			return;
		}
		for (RuleRow row : table.rows()) {
			for (RuleColumn column : table.columns()) {
				ColumnLayout declared = layout.columnAt(column.index());
				String value = row.cell(column);
				if (declared == null || value == null || allowed(declared.type(), value)) {
					continue;
				}
				if (isText(declared.type())) {
					problems.error(ProblemCode.UNSAFE_CHARACTER, row.cellRef(column), "Row " + StructureCheck.label(row)
							+ " has a double quote, a backslash or a line break in " + column.captionEn()
							+ "; it would break the generated rule. Use single quotes or a slash instead, on one line.",
							"Baris " + StructureCheck.label(row)
									+ " memuat tanda kutip ganda, garis miring terbalik atau ganti baris di "
									+ column.captionId()
									+ "; itu akan merusak aturan yang dihasilkan. Pakai tanda kutip tunggal atau garis miring, dalam satu baris.");
				}
				else {
					String allowed = (declared.type() == CellType.RULE_ID || declared.type() == CellType.RULE_IDS)
							? "letters, digits and dashes (e.g. DC-010)" : "letters, digits and underscores";
					String allowedId = (declared.type() == CellType.RULE_ID || declared.type() == CellType.RULE_IDS)
							? "huruf, angka dan tanda hubung (mis. DC-010)" : "huruf, angka dan garis bawah";
					String list = (declared.type() == CellType.VALUES || declared.type() == CellType.COUNTRIES
							|| declared.type() == CellType.RULE_IDS) ? ", separated by commas" : "";
					String listId = list.isEmpty() ? "" : ", dipisah koma";
					problems.error(ProblemCode.UNSAFE_CHARACTER, row.cellRef(column),
							"'" + value + "' cannot stand in " + column.captionEn() + " of row "
									+ StructureCheck.label(row) + ": only " + allowed + list
									+ " may be written here, since the cell is put into code.",
							"'" + value + "' tidak boleh ada di " + column.captionId() + " baris "
									+ StructureCheck.label(row) + ": di sini hanya boleh " + allowedId + listId
									+ ", karena isi sel dimasukkan ke dalam kode.");
				}
			}
		}
	}

	static boolean isText(CellType type) {
		return type == CellType.TEXT || type == CellType.LEGAL_BASIS || type == CellType.DATE;
	}

	/** Whether the value has a shape its column may put into code. */
	static boolean allowed(CellType type, String value) {
		return switch (type) {
			case RULE_ID -> value.matches("[A-Za-z0-9_-]+");
			case RULE_IDS -> IDS.matcher(value).matches();
			case YES_NO, WHOLE_NUMBER, LIST_CODE, OUTCOME, AGENCY, URGENCY -> WORD.matcher(value).matches();
			case VALUES, COUNTRIES -> WORDS.matcher(value).matches();
			case DATE, TEXT, LEGAL_BASIS -> TEXT.matcher(value).matches();
		};
	}

}
