package id.imigrasi.decisions.engine.internal.tables;

import java.util.Map;

/**
 * One row of a rule table: the cells policy staff filled in, by column letter. The Drools
 * rule compiled from it is named after the table and the Excel row, e.g.
 * {@code Keberangkatan_15}.
 *
 * @param excelRow the 1-based row number as Excel shows it
 * @param cells the non-blank cells, keyed by column letter, in column order
 */
public record RuleRow(RuleTable table, int excelRow, Map<String, String> cells) {

	public String ruleName() {
		return this.table.tableName() + "_" + this.excelRow;
	}

	public String cell(RuleColumn column) {
		return (column != null) ? this.cells.get(column.letter()) : null;
	}

	public String meta(String key) {
		return cell(this.table.metaColumn(key));
	}

	public String ruleId() {
		return cell(this.table.ruleIdColumn());
	}

	/**
	 * Where the row's rule ID sits, e.g. {@code departure.drl.xlsx!Keberangkatan!B14}.
	 */
	public CellRef source() {
		return cellRef(this.table.ruleIdColumn());
	}

	public CellRef cellRef(RuleColumn column) {
		String letter = (column != null) ? column.letter() : "A";
		return new CellRef(this.table.file(), this.table.sheet(), letter + this.excelRow);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof RuleRow row) && row.table == this.table && row.excelRow == this.excelRow;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this.table) * 31 + this.excelRow;
	}

	@Override
	public String toString() {
		return ruleId() + "@" + source();
	}

}
