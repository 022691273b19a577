package id.imigrasi.decisions.engine.internal.tables;

/**
 * A cell of a workbook as policy staff find it:
 * {@code departure.drl.xlsx!Keberangkatan!B14}.
 */
public record CellRef(String file, String sheet, String cell) {

	@Override
	public String toString() {
		return this.file + "!" + this.sheet + ((this.cell != null) ? "!" + this.cell : "");
	}

}
