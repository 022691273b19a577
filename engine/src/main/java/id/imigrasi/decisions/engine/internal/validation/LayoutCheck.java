package id.imigrasi.decisions.engine.internal.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.ColumnLayout;
import id.imigrasi.decisions.engine.internal.tables.TableLayout;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;

/**
 * Whether a rule workbook's header is exactly the one declared for its table
 * ({@link TableLayouts}): the first sheet, the title, the {@code RuleSet},
 * {@code Import}, {@code Sequential} and {@code RuleTable} cells, every column's kind,
 * pattern, code and caption, the merged pattern cells, and nothing outside the table's
 * columns. Drools turns these cells into code, so a difference in any character refuses
 * the workbook before anything is compiled; a deleted, added or renamed column is named
 * as such.
 */
final class LayoutCheck {

	private static final String[] ROW_NAMES = { "column kind", "pattern", "code", "caption" };

	private static final String[] ROW_NAMES_ID = { "jenis kolom", "pola", "kode", "judul kolom" };

	private LayoutCheck() {
	}

	/**
	 * @return whether the workbook is laid out as declared, so its rows may be read
	 */
	static boolean check(String file, Workbook workbook, Problems problems) {
		Optional<TableLayout> declared = TableLayouts.forFile(file);
		if (declared.isEmpty()) {
			String files = String.join(", ", TableLayouts.files());
			problems.error(ProblemCode.UNDECLARED_TABLE, new CellRef(file, null, null),
					"The engine declares no rule table for " + file + "; a ruleset has exactly the rule workbooks "
							+ files + " and lists.xlsx.",
					"Mesin tidak mengenal tabel aturan untuk " + file
							+ "; sebuah ruleset terdiri tepat atas buku kerja " + files + " dan lists.xlsx.");
			return false;
		}
		TableLayout layout = declared.get();
		Sheet sheet = (workbook.getNumberOfSheets() > 0) ? workbook.getSheetAt(0) : null;
		if (sheet == null || !sheet.getSheetName().equals(layout.sheet())) {
			String first = (sheet != null) ? sheet.getSheetName() : "";
			problems.error(ProblemCode.HEADER_CHANGED, new CellRef(file, first, null),
					"The first sheet is '" + first + "', but Drools compiles only the first sheet, and for " + file
							+ " that must be '" + layout.sheet() + "'. Move that sheet back to the front.",
					"Lembar pertama adalah '" + first
							+ "', padahal Drools hanya mengompilasi lembar pertama, dan untuk " + file
							+ " lembar itu harus '" + layout.sheet() + "'. Pindahkan lembar itu kembali ke depan.");
			return false;
		}
		int before = errors(problems);
		checkTopRows(layout, sheet, problems);
		boolean columnsAsDeclared = checkColumns(layout, sheet, problems);
		if (columnsAsDeclared) {
			// Otherwise the column problems say it, and the rows' cells moved with them.
			checkMerges(layout, sheet, problems);
			checkOutsideColumns(layout, sheet, problems);
		}
		return errors(problems) == before;
	}

	private static int errors(Problems problems) {
		return (int) problems.all().stream().filter((p) -> p.isError()).count();
	}

	/** A header cell as written, every character kept; null for a blank cell. */
	static String raw(Cell cell) {
		if (cell == null) {
			return null;
		}
		String text = switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case BLANK -> null;
			default -> Cells.text(cell);
		};
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static String raw(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		return (r != null) ? raw(r.getCell(column)) : null;
	}

	/** Title, RuleSet, Import, Sequential, RuleTable: rows 1 to 6, every column. */
	private static void checkTopRows(TableLayout layout, Sheet sheet, Problems problems) {
		Map<String, String> expected = layout.headerCells();
		Set<String> addresses = new TreeSet<>(CellOrderComparator.INSTANCE);
		for (int r = 0; r <= TableLayout.TABLE_ROW; r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				for (Cell cell : row) {
					if (raw(cell) != null) {
						addresses.add(cell.getAddress().formatAsString());
					}
				}
			}
		}
		expected.keySet().stream().filter((a) -> rowOf(a) <= TableLayout.TABLE_ROW).forEach(addresses::add);
		boolean completeMarker = isCompleteMarker(sheet);
		for (String address : addresses) {
			if (completeMarker && (address.equals(TableLayout.COMPLETE_MARKER) || address.equals("E2"))) {
				continue;
			}
			org.apache.poi.ss.util.CellAddress at = new org.apache.poi.ss.util.CellAddress(address);
			String actual = raw(sheet, at.getRow(), at.getColumn());
			differs(layout, sheet, address, expected.get(address), actual, "header", "judul", problems);
		}
	}

	/**
	 * The one thing policy staff may add above a table: {@code Complete} {@code true} in
	 * D2:E2, which asks the validator for gaps and which Drools ignores.
	 */
	private static boolean isCompleteMarker(Sheet sheet) {
		String marker = raw(sheet, 1, 3);
		String value = raw(sheet, 1, 4);
		return "Complete".equals(marker) && ("true".equals(value) || "false".equals(value));
	}

	private static int rowOf(String address) {
		return new org.apache.poi.ss.util.CellAddress(address).getRow();
	}

	private static void differs(TableLayout layout, Sheet sheet, String address, String expected, String actual,
			String what, String whatId, Problems problems) {
		if (Objects.equals(expected, actual)) {
			return;
		}
		CellRef cell = new CellRef(layout.file(), sheet.getSheetName(), address);
		if (expected == null) {
			problems.error(ProblemCode.HEADER_CHANGED, cell, "The " + what + " cell " + address + " holds '" + actual
					+ "' where the table's declaration has nothing: Drools would read it as a setting or as code. Clear it.",
					"Sel " + whatId + " " + address + " berisi '" + actual
							+ "' padahal deklarasi tabel ini tidak berisi apa pun di sana: Drools akan membacanya sebagai pengaturan atau kode. Kosongkan sel itu.");
			return;
		}
		String shown = (actual != null) ? "'" + actual + "'" : "nothing";
		String shownId = (actual != null) ? "'" + actual + "'" : "kosong";
		problems.error(ProblemCode.HEADER_CHANGED, cell, "The " + what + " cell " + address + " reads " + shown
				+ " where the table's declaration has '" + expected
				+ "'. The header rows 1 to 10 hold what Drools compiles and are fixed in the engine: put the cell back as it was, or ask an engineer to change the declaration.",
				"Sel " + whatId + " " + address + " berisi " + shownId + " padahal deklarasi tabel ini berisi '"
						+ expected
						+ "'. Baris 1 sampai 10 memuat apa yang dikompilasi Drools dan ditetapkan di mesin: kembalikan sel itu seperti semula, atau minta tim teknis mengubah deklarasinya.");
	}

	/**
	 * Rows 7 to 10 column by column: the sheet's columns aligned with the declared ones,
	 * so that a deleted, added or renamed column is reported as such and not as every
	 * cell after it.
	 * @return whether every column is as declared
	 */
	private static boolean checkColumns(TableLayout layout, Sheet sheet, Problems problems) {
		int first = TableLayout.FIRST_COLUMN;
		int last = first - 1;
		for (int r = TableLayout.TABLE_ROW + 1; r <= TableLayout.TABLE_ROW + 4; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				if (raw(cell) != null) {
					last = Math.max(last, cell.getColumnIndex());
				}
			}
			if (raw(row.getCell(0)) != null) {
				outside(layout, sheet, row.getRowNum(), 0, problems);
			}
		}
		List<List<String>> actual = new ArrayList<>();
		for (int c = first; c <= last; c++) {
			List<String> signature = new ArrayList<>();
			for (int r = TableLayout.TABLE_ROW + 1; r <= TableLayout.TABLE_ROW + 4; r++) {
				String text = raw(sheet, r, c);
				if (text == null && r == TableLayout.TABLE_ROW + 2) {
					// Drools reads a merged pattern from its first cell: the others may
					// be
					// blank.
					text = mergedPattern(sheet, r, c);
				}
				signature.add(text);
			}
			actual.add(signature);
		}
		List<List<String>> declared = layout.columns().stream().map(LayoutCheck::signature).toList();
		int[][] lcs = lcs(declared, actual);
		boolean same = true;
		int i = 0;
		int j = 0;
		while (i < declared.size() || j < actual.size()) {
			if (i < declared.size() && j < actual.size() && declared.get(i).equals(actual.get(j))) {
				i++;
				j++;
				continue;
			}
			same = false;
			// a gap: walk the alignment until the next pair of equal columns
			int di = i;
			int dj = j;
			while (i < declared.size() || j < actual.size()) {
				if (i < declared.size() && j < actual.size() && declared.get(i).equals(actual.get(j))) {
					break;
				}
				if (j >= actual.size() || (i < declared.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
					i++;
				}
				else {
					j++;
				}
			}
			gap(layout, sheet, declared.subList(di, i), di, actual.subList(dj, j), first + dj, problems);
		}
		return same;
	}

	private static String mergedPattern(Sheet sheet, int row, int column) {
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.isInRange(row, column)) {
				return raw(sheet, region.getFirstRow(), region.getFirstColumn());
			}
		}
		return null;
	}

	private static List<String> signature(ColumnLayout column) {
		return Arrays.asList(column.kind(), column.pattern(), column.code(), column.caption());
	}

	/** Length of the longest common subsequence of the suffixes, for the alignment. */
	private static int[][] lcs(List<List<String>> a, List<List<String>> b) {
		int[][] table = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
						: Math.max(table[i + 1][j], table[i][j + 1]);
			}
		}
		return table;
	}

	/**
	 * Declared and actual columns that do not match, between two that do: pairs are
	 * changed columns (each differing cell reported), the rest missing or unexpected.
	 */
	private static void gap(TableLayout layout, Sheet sheet, List<List<String>> declared, int declaredIndex,
			List<List<String>> actual, int actualColumn, Problems problems) {
		int paired = 0;
		for (int k = 0; k < declared.size() && k < actual.size(); k++) {
			if (actual.get(k).stream().allMatch(Objects::isNull)) {
				missing(layout, sheet, declaredIndex + k, actualColumn + k, problems);
			}
			else {
				for (int r = 0; r < 4; r++) {
					String address = Cells.address(TableLayout.TABLE_ROW + 1 + r, actualColumn + k);
					differs(layout, sheet, address, declared.get(k).get(r), actual.get(k).get(r), ROW_NAMES[r],
							ROW_NAMES_ID[r], problems);
				}
			}
			paired++;
		}
		for (int k = paired; k < declared.size(); k++) {
			missing(layout, sheet, declaredIndex + k, actualColumn + paired, problems);
		}
		for (int k = paired; k < actual.size(); k++) {
			int column = actualColumn + k;
			String caption = actual.get(k).get(3);
			CellRef cell = new CellRef(layout.file(), sheet.getSheetName(),
					Cells.address(TableLayout.TABLE_ROW + 1, column));
			String named = (caption != null) ? " ('" + firstLine(caption) + "')" : "";
			problems.error(ProblemCode.UNEXPECTED_COLUMN, cell,
					"Column " + Cells.letter(column) + named + " is not in the declaration of table "
							+ layout.tableName()
							+ ": Drools would compile it into every row. Remove it, or ask an engineer to declare it.",
					"Kolom " + Cells.letter(column) + named + " tidak ada dalam deklarasi tabel " + layout.tableName()
							+ ": Drools akan mengompilasinya ke setiap baris. Hapus kolom itu, atau minta tim teknis mendeklarasikannya.");
		}
	}

	private static void missing(TableLayout layout, Sheet sheet, int declaredIndex, int column, Problems problems) {
		ColumnLayout expected = layout.columns().get(declaredIndex);
		CellRef cell = new CellRef(layout.file(), sheet.getSheetName(),
				Cells.address(TableLayout.TABLE_ROW + 1, column));
		String[] caption = expected.caption().split("\n");
		String en = caption[caption.length - 1];
		String id = caption[0];
		String effect = expected.isCondition() ? " Without it every row would apply more widely than its reason says."
				: " Without it the rows lose what the engine reads from it.";
		String effectId = expected.isCondition()
				? " Tanpa kolom itu setiap baris akan berlaku lebih luas daripada yang dikatakan alasannya."
				: " Tanpa kolom itu baris kehilangan isi yang dibaca mesin darinya.";
		problems.error(ProblemCode.MISSING_COLUMN, cell,
				"The column '" + en + "' of table " + layout.tableName() + " is missing here (declared as column "
						+ layout.letter(declaredIndex) + ")." + effect + " Put the column back.",
				"Kolom '" + id + "' tabel " + layout.tableName() + " hilang di sini (dideklarasikan sebagai kolom "
						+ layout.letter(declaredIndex) + ")." + effectId + " Kembalikan kolom itu.");
	}

	private static String firstLine(String text) {
		String[] lines = text.split("\n");
		return lines[lines.length - 1].strip();
	}

	/** The merged pattern cells of row 8, exactly as declared. */
	private static void checkMerges(TableLayout layout, Sheet sheet, Problems problems) {
		Set<String> expected = new TreeSet<>(layout.mergedPatterns());
		Map<String, CellRangeAddress> actual = new LinkedHashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.getFirstRow() <= TableLayout.TABLE_ROW + 4) {
				actual.put(region.formatAsString(), region);
			}
		}
		for (String region : expected) {
			if (!actual.containsKey(region)) {
				String first = region.substring(0, region.indexOf(':'));
				problems.error(ProblemCode.HEADER_CHANGED, new CellRef(layout.file(), sheet
					.getSheetName(), first), "Cells " + region
							+ " must be merged into one pattern, as declared: Drools reads one fact per merged pattern. Merge them again.",
						"Sel " + region
								+ " harus digabung menjadi satu pola, sesuai deklarasi: Drools membaca satu fakta per pola gabungan. Gabungkan kembali.");
			}
		}
		for (Map.Entry<String, CellRangeAddress> region : actual.entrySet()) {
			if (!expected.contains(region.getKey())) {
				String first = Cells.address(region.getValue().getFirstRow(), region.getValue().getFirstColumn());
				problems.error(ProblemCode.HEADER_CHANGED, new CellRef(layout.file(), sheet.getSheetName(), first),
						"Cells " + region.getKey()
								+ " are merged in the header, which the table's declaration does not do. Unmerge them.",
						"Sel " + region.getKey()
								+ " digabung di baris judul, padahal deklarasi tabel ini tidak menggabungkannya. Pisahkan kembali.");
			}
		}
	}

	/** Below the header, nothing may stand left or right of the table's columns. */
	private static void checkOutsideColumns(TableLayout layout, Sheet sheet, Problems problems) {
		for (Row row : sheet) {
			if (row.getRowNum() < layout.firstDataRow()) {
				continue;
			}
			for (Cell cell : row) {
				int c = cell.getColumnIndex();
				if ((c < TableLayout.FIRST_COLUMN || c > layout.lastColumn()) && raw(cell) != null) {
					outside(layout, sheet, row.getRowNum(), c, problems);
				}
			}
		}
	}

	private static void outside(TableLayout layout, Sheet sheet, int row, int column, Problems problems) {
		String address = Cells.address(row, column);
		String range = layout.letter(0) + " to " + Cells.letter(layout.lastColumn());
		String rangeId = layout.letter(0) + " sampai " + Cells.letter(layout.lastColumn());
		problems.error(ProblemCode.STRAY_CONTENT, new CellRef(layout.file(), sheet.getSheetName(), address),
				"Cell " + address + " is outside the columns of table " + layout.tableName() + " (" + range
						+ "): Drools reads such a cell as a setting of the rule set or stops on it. Clear it.",
				"Sel " + address + " berada di luar kolom tabel " + layout.tableName() + " (" + rangeId
						+ "): Drools membaca sel seperti itu sebagai pengaturan aturan atau berhenti karenanya. Kosongkan sel itu.");
	}

	/** Orders A1 addresses row by row. */
	private static final class CellOrderComparator implements java.util.Comparator<String> {

		static final CellOrderComparator INSTANCE = new CellOrderComparator();

		@Override
		public int compare(String a, String b) {
			return Long.compare(CellOrder.key(a), CellOrder.key(b));
		}

	}

}
