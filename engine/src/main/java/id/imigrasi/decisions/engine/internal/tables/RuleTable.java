package id.imigrasi.decisions.engine.internal.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Drools rule table read cell by cell from its workbook, for explanations and
 * validation. Drools compiles the same sheet into rules; this is what policy staff see.
 * Rows point back at their table, so equality is identity.
 */
public final class RuleTable {

	private final String file;

	private final String sheet;

	private final String tableName;

	private final int headerRow;

	private final List<RuleColumn> columns;

	private final List<RuleRow> rows = new ArrayList<>();

	RuleTable(String file, String sheet, String tableName, int headerRow, List<RuleColumn> columns) {
		this.file = file;
		this.sheet = sheet;
		this.tableName = tableName;
		this.headerRow = headerRow;
		this.columns = List.copyOf(columns);
	}

	void addRow(RuleRow row) {
		this.rows.add(row);
	}

	public String file() {
		return this.file;
	}

	public String sheet() {
		return this.sheet;
	}

	/**
	 * The name after {@code RuleTable}; Drools names each rule {@code <tableName>_<row>}.
	 */
	public String tableName() {
		return this.tableName;
	}

	/**
	 * 1-based Excel row of the {@code RuleTable} keyword; the kind, pattern, code and
	 * caption rows follow, and the data starts five rows below.
	 */
	public int headerRow() {
		return this.headerRow;
	}

	public List<RuleColumn> columns() {
		return this.columns;
	}

	public List<RuleRow> rows() {
		return Collections.unmodifiableList(this.rows);
	}

	public RuleColumn ruleIdColumn() {
		return this.columns.stream().filter(RuleColumn::isRuleId).findFirst().orElse(null);
	}

	public RuleColumn metaColumn(String key) {
		return this.columns.stream().filter((c) -> key.equals(c.metaKey())).findFirst().orElse(null);
	}

	public List<RuleColumn> conditionColumns() {
		return this.columns.stream().filter(RuleColumn::isCondition).toList();
	}

	/**
	 * Whether this is the referral table (rows name an agency rather than an outcome).
	 */
	public boolean isReferralTable() {
		return metaColumn("agency") != null;
	}

	@Override
	public String toString() {
		return this.file + "!" + this.sheet;
	}

}
