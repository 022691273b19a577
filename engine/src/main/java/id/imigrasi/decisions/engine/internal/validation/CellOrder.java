package id.imigrasi.decisions.engine.internal.validation;

import org.apache.poi.ss.util.CellReference;

/** Sorts A1 addresses row by row, as people read a sheet (B9 before B10 before AA10). */
final class CellOrder {

	private CellOrder() {
	}

	static long key(String cell) {
		if (cell == null) {
			return -1;
		}
		try {
			CellReference ref = new CellReference(cell);
			return ((long) ref.getRow() << 16) + ref.getCol();
		}
		catch (RuntimeException ex) {
			return Long.MAX_VALUE;
		}
	}

}
