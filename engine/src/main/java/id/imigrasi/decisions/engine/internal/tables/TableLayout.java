package id.imigrasi.decisions.engine.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engineers' part of one rule workbook, declared once in code: the title, the
 * {@code RuleSet}, {@code Import} and {@code Sequential} rows, the {@code RuleTable}
 * cell, and for every column its kind, pattern, code template, caption and value type.
 * Drools turns these cells into code, so a workbook whose header differs from its
 * declaration in any character is refused before anything is compiled; policy staff edit
 * only the rows below. To add a column, add one line to the table's declaration
 * ({@link TableLayouts}).
 *
 * <p>
 * Positions are fixed: title in B1, {@code RuleSet} in B2, {@code Import} in B3,
 * {@code Sequential} in B4, {@code RuleTable} in B6, then the kind, pattern, code and
 * caption rows 7 to 10, and the rules from row 11. The first column (B) is the rule ID.
 * Consecutive condition columns on the same fact type share one merged pattern cell.
 */
public final class TableLayout {

	/** What every table imports: the facts, and the request's vocabulary. */
	public static final String IMPORTS = "id.imigrasi.decisions.model.*, id.imigrasi.decisions.model.request.*";

	/** 0-based row of the {@code RuleTable} cell (B6). */
	public static final int TABLE_ROW = 5;

	/** 0-based column of the rule-ID column and of every header keyword (B). */
	public static final int FIRST_COLUMN = 1;

	/** The rule-ID column: its action inserts the row's {@code RowMatch}. */
	public static final ColumnLayout RULE_ID = new ColumnLayout("ACTION", null, "insert(new RowMatch(\"$param\"));",
			"ID aturan\nRule ID", CellType.RULE_ID);

	/** The cell beside {@code RuleSet} that marks a table complete, and its value. */
	public static final String COMPLETE_MARKER = "D2";

	private final String file;

	private final String sheet;

	private final String title;

	private final String ruleSet;

	private final String tableName;

	private final List<ColumnLayout> columns;

	private TableLayout(Builder builder) {
		this.file = builder.file;
		this.sheet = builder.sheet;
		this.title = builder.title;
		this.ruleSet = builder.ruleSet;
		this.tableName = builder.tableName;
		this.columns = List.copyOf(builder.columns);
	}

	/**
	 * The same declaration with one more column at a position among the declared ones (0
	 * is the rule ID): what the tables engineer's one-line edit does.
	 */
	public TableLayout withColumn(int index, ColumnLayout column) {
		Builder builder = builder(this.file, this.sheet).title(this.title)
			.ruleSet(this.ruleSet)
			.ruleTable(this.tableName);
		builder.columns.clear();
		builder.columns.addAll(this.columns);
		builder.columns.add(index, column);
		return builder.build();
	}

	public static Builder builder(String file, String sheet) {
		return new Builder(file, sheet);
	}

	public String file() {
		return this.file;
	}

	/**
	 * The sheet of the rule table; it must be the workbook's first (Drools reads it
	 * only).
	 */
	public String sheet() {
		return this.sheet;
	}

	public String tableName() {
		return this.tableName;
	}

	public List<ColumnLayout> columns() {
		return this.columns;
	}

	/** 0-based row of the first rule. */
	public int firstDataRow() {
		return TABLE_ROW + 5;
	}

	/** 0-based index of the last declared column. */
	public int lastColumn() {
		return FIRST_COLUMN + this.columns.size() - 1;
	}

	/** The letter of the i-th declared column: 0 is B. */
	public String letter(int i) {
		return Cells.letter(FIRST_COLUMN + i);
	}

	/** The declared column at a 0-based sheet column, or null outside the table. */
	public ColumnLayout columnAt(int sheetColumn) {
		int i = sheetColumn - FIRST_COLUMN;
		return (i >= 0 && i < this.columns.size()) ? this.columns.get(i) : null;
	}

	/**
	 * Every non-blank header cell as it must read, by A1 address, rows 1 to 10. A cell
	 * not listed must be blank. Every cell of a merged pattern holds the fact type, as
	 * the committed workbooks do; Drools reads the first.
	 */
	public Map<String, String> headerCells() {
		Map<String, String> cells = new LinkedHashMap<>();
		String b = Cells.letter(FIRST_COLUMN);
		String c = Cells.letter(FIRST_COLUMN + 1);
		cells.put(b + "1", this.title);
		cells.put(b + "2", "RuleSet");
		cells.put(c + "2", this.ruleSet);
		cells.put(b + "3", "Import");
		cells.put(c + "3", IMPORTS);
		cells.put(b + "4", "Sequential");
		cells.put(c + "4", "false");
		cells.put(b + (TABLE_ROW + 1), "RuleTable " + this.tableName);
		for (int i = 0; i < this.columns.size(); i++) {
			ColumnLayout column = this.columns.get(i);
			String letter = letter(i);
			cells.put(letter + (TABLE_ROW + 2), column.kind());
			if (column.pattern() != null) {
				cells.put(letter + (TABLE_ROW + 3), column.pattern());
			}
			cells.put(letter + (TABLE_ROW + 4), column.code());
			cells.put(letter + (TABLE_ROW + 5), column.caption());
		}
		return cells;
	}

	/**
	 * The merged pattern cells, e.g. {@code C8:V8}: runs of one fact type longer than
	 * one.
	 */
	public List<String> mergedPatterns() {
		List<String> regions = new ArrayList<>();
		int row = TABLE_ROW + 3;
		int i = 0;
		while (i < this.columns.size()) {
			String pattern = this.columns.get(i).pattern();
			int j = i;
			while (pattern != null && j + 1 < this.columns.size()
					&& pattern.equals(this.columns.get(j + 1).pattern())) {
				j++;
			}
			if (j > i) {
				regions.add(letter(i) + row + ":" + letter(j) + row);
			}
			i = j + 1;
		}
		return regions;
	}

	/** Builds a declaration column by column, from B. */
	public static final class Builder {

		private final String file;

		private final String sheet;

		private String title;

		private String ruleSet;

		private String tableName;

		private final List<ColumnLayout> columns = new ArrayList<>(List.of(RULE_ID));

		private Builder(String file, String sheet) {
			this.file = file;
			this.sheet = sheet;
		}

		/** The sheet's title in B1. */
		public Builder title(String text) {
			this.title = text;
			return this;
		}

		/** The package the rules compile into ({@code RuleSet}, C2). */
		public Builder ruleSet(String packageName) {
			this.ruleSet = packageName;
			return this;
		}

		/** The name after {@code RuleTable} in B6; Drools names each rule after it. */
		public Builder ruleTable(String name) {
			this.tableName = name;
			return this;
		}

		/** The next column: a condition on {@code pattern} (a fact type). */
		public Builder condition(String pattern, String code, String caption, CellType type) {
			this.columns.add(new ColumnLayout("CONDITION", pattern, code, caption, type));
			return this;
		}

		/** The next column: a METADATA column {@code key("$param")}. */
		public Builder metadata(String key, String caption, CellType type) {
			this.columns.add(new ColumnLayout("METADATA", null, key + "(\"$param\")", caption, type));
			return this;
		}

		/**
		 * The columns after the conditions of a passport or departure table, the same in
		 * both: what a row decides and why, under which law and when, what the citizen
		 * reads (the notice), who owns it and when it must be reviewed, a note.
		 */
		public Builder decisionRowColumns() {
			return metadata("outcome", "Rekomendasi\nOutcome", CellType.OUTCOME)
				.metadata("reasonId", "Alasan (Bahasa Indonesia)\nReason (Bahasa Indonesia)", CellType.TEXT)
				.metadata("reasonEn", "Alasan (Inggris)\nReason (English)", CellType.TEXT)
				.metadata("legalBasis", "Dasar hukum (pisahkan dengan ;)\nLegal basis (separate with ;)",
						CellType.LEGAL_BASIS)
				.metadata("validFrom", "Berlaku sejak\nValid from", CellType.DATE)
				.metadata("validTo", "Berlaku sampai\nValid to", CellType.DATE)
				.metadata("citizenReasonId",
						"Alasan untuk warga (Bahasa Indonesia)\nReason for the citizen (Bahasa Indonesia)",
						CellType.TEXT)
				.metadata("citizenReasonEn", "Alasan untuk warga (Inggris)\nReason for the citizen (English)",
						CellType.TEXT)
				.metadata("citizenLiftId",
						"Yang dapat dilakukan warga (Bahasa Indonesia)\nWhat lifts it, for the citizen (Bahasa Indonesia)",
						CellType.TEXT)
				.metadata("citizenLiftEn",
						"Yang dapat dilakukan warga (Inggris)\nWhat lifts it, for the citizen (English)", CellType.TEXT)
				.metadata("owner", "Penanggung jawab\nOwner", CellType.TEXT)
				.metadata("reviewBy", "Ditinjau paling lambat\nReview by", CellType.DATE)
				.metadata("note", "Catatan\nNote", CellType.TEXT);
		}

		public TableLayout build() {
			return new TableLayout(this);
		}

	}

}
