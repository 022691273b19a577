package id.imigrasi.decisions.engine.internal.validation;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.Cells;

/**
 * The validator reads exactly what Drools compiles: the first sheet is read once more
 * through Drools' own spreadsheet parser, and a cell Drools reads differently from the
 * sheet (a date or number stored as such, a space Drools keeps) is refused at its cell.
 * Run only on a workbook without formulas, which Drools would evaluate.
 */
final class DroolsReadCheck {

	private DroolsReadCheck() {
	}

	static void check(String file, byte[] bytes, Workbook workbook, Problems problems) {
		Map<Long, String> drools = new HashMap<>();
		try {
			new ExcelParser(new Collector(drools)).parseFile(new ByteArrayInputStream(bytes));
		}
		catch (RuntimeException ex) {
			problems.error(ProblemCode.UNREADABLE_WORKBOOK, new CellRef(file, null, null),
					"Drools cannot read this workbook: " + ex.getMessage(),
					"Drools tidak dapat membaca buku kerja ini: " + ex.getMessage());
			return;
		}
		Sheet sheet = workbook.getSheetAt(0);
		Map<Long, String> ours = new TreeMap<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (!merged(sheet, cell)) {
					String text = Cells.text(cell);
					if (text != null) {
						ours.put(key(row.getRowNum(), cell.getColumnIndex()), text);
					}
				}
			}
		}
		Map<Long, String> all = new TreeMap<>(ours);
		drools.forEach(all::putIfAbsent);
		for (Long at : all.keySet()) {
			String read = drools.get(at);
			String shown = ours.get(at);
			if (!Objects.equals(read, shown)) {
				String address = Cells.address((int) (at >> 16), (int) (at & 0xFFFF));
				problems.error(ProblemCode.CELL_READ_DIFFERS, new CellRef(file, sheet.getSheetName(), address),
						"Drools reads cell " + address + " as '" + read + "' while the sheet shows '" + shown
								+ "' (a date, a number or a space stored differently). Type the value as plain text.",
						"Drools membaca sel " + address + " sebagai '" + read + "' sedangkan lembar menampilkan '"
								+ shown
								+ "' (tanggal, angka atau spasi yang disimpan berbeda). Ketik nilainya sebagai teks biasa.");
			}
		}
	}

	private static boolean merged(Sheet sheet, Cell cell) {
		for (var region : sheet.getMergedRegions()) {
			if (region.isInRange(cell.getRowIndex(), cell.getColumnIndex())) {
				return true;
			}
		}
		return false;
	}

	private static long key(int row, int column) {
		return ((long) row << 16) + column;
	}

	/** Keeps every non-merged, non-blank cell of the first sheet as Drools reads it. */
	private record Collector(Map<Long, String> cells) implements DataListener {

		@Override
		public void startSheet(String name) {
		}

		@Override
		public void finishSheet() {
		}

		@Override
		public void newRow(int rowNumber, int columns) {
		}

		@Override
		public void newCell(int row, int column, String value, int mergedColStart) {
			if (mergedColStart == DataListener.NON_MERGED && value != null && !value.trim().isEmpty()) {
				this.cells.put(key(row, column), value.trim());
			}
		}

	}

}
