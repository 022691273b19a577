package id.imigrasi.decisions.engine;

/**
 * The one catalogue of stable problem codes, for tools that read a validation report or a
 * refused upload. Each problem also says what is wrong in plain words, in Bahasa
 * Indonesia and English; the code is what a tool may rely on.
 */
public enum ProblemCode {

	// The set of workbooks

	/** A workbook of the set is missing ({@code lists.xlsx}). */
	MISSING_WORKBOOK,
	/** A file is not a readable Excel workbook. */
	UNREADABLE_WORKBOOK,
	/** Drools would ignore the file: not {@code *.drl.xlsx} nor {@code lists.xlsx}. */
	IGNORED_WORKBOOK,
	/** A workbook has no rule table or no rule rows. */
	NO_RULES,
	/** A sheet {@code lists.xlsx} needs is missing. */
	MISSING_SHEET,
	/** The set lacks the rows of a whole service or of the referral table. */
	INCOMPLETE_SET,
	/**
	 * A workbook, or the set, passes a size limit: sheets, rows, cells or inflated bytes
	 * ({@link WorkbookLimits}).
	 */
	TOO_LARGE,
	/** A workbook's zip entries inflate far more than a spreadsheet's do. */
	ZIP_BOMB,

	// The engineers' part of a table: header rows and columns

	/** A column the engine needs is missing. */
	MISSING_COLUMN,
	/** A column the table's declaration does not have (added or renamed). */
	UNEXPECTED_COLUMN,
	/**
	 * A header cell (title, RuleSet, Import, Sequential, RuleTable, column kind, pattern,
	 * code or caption) differs from the table's declaration in the engine.
	 */
	HEADER_CHANGED,
	/** A rule workbook the engine declares no table for. */
	UNDECLARED_TABLE,
	/** A Drools keyword outside the header, where Drools would read it as code. */
	DROOLS_KEYWORD,
	/** A formula: Drools computes it, the sheet shows its last value. */
	FORMULA,
	/** A cell Drools reads differently from what the sheet shows (a number or date). */
	CELL_READ_DIFFERS,
	/** A merged cell where Drools reads one value per cell. */
	MERGED_CELL,
	/** Something written where Drools would read it but no rule should be. */
	STRAY_CONTENT,

	// Policy staff's cells

	/** A required cell is empty. */
	MISSING_CELL,
	/** A rule ID is used by two rules. */
	DUPLICATE_RULE_ID,
	/** Alternative rows of one rule disagree on the outcome or agency. */
	ALTERNATIVE_MISMATCH,
	/** A cell that should hold a date does not. */
	NOT_A_DATE,
	/** Valid to before valid from. */
	DATE_ORDER,
	/** A character that would change the code Drools generates. */
	UNSAFE_CHARACTER,
	/** A value outside its column's allowed values. */
	UNKNOWN_VALUE,
	/** Two dated entries of one key in force on the same day (lists.xlsx). */
	OVERLAPPING_DATES,
	/** A restrictive row has no condition at all. */
	NO_CONDITION,
	/** A row rests only on sex, age, region, religion or occupation (SPEC 2.5). */
	DISCRIMINATION,
	/**
	 * A restrictive passport or departure row lacks the citizen's reason or what lifts it
	 * (SPEC 6, the written notice of 8.1).
	 */
	MISSING_CITIZEN_TEXT,
	/**
	 * A citizen's text speaks of police, trafficking, referrals, witnesses or recruiters:
	 * it is read out beside a possible trafficker.
	 */
	UNSAFE_CITIZEN_TEXT,
	/** A dated citation key cites nothing on some date its row is in force (SPEC 2.6). */
	CITATION_GAP,
	/**
	 * A row in force is past its review-by date: a warning from the validator; an error
	 * at upload when more than 90 days past and the upload's comment does not name it.
	 */
	REVIEW_OVERDUE,

	// Compiling

	/** Drools could not compile a row. */
	COMPILE_ERROR,
	/** Drools could not compile the workbooks at all. */
	COMPILE_FAILED,
	/** The compile took longer than {@link WorkbookLimits#compileTime()}. */
	COMPILE_TIMEOUT,
	/** Drools produced no rule for a row. */
	ROW_NOT_COMPILED,
	/** Drools compiled a rule no row explains. */
	RULE_WITHOUT_ROW,

	// The analysis (warnings)

	/** Two rows with different outcomes match one case. */
	OVERLAP,
	/** A row never matches, or never decides the recommendation. */
	UNREACHABLE,
	/** A table marked complete leaves a case unmatched. */
	GAP,
	/** No scenario reaches a row. */
	NOT_COVERED,
	/** A column or a group of rows could not be analysed. */
	CANNOT_ANALYSE,

	// Publishing a version

	/** The version label is malformed. */
	BAD_VERSION,
	/** The version label is taken. */
	VERSION_EXISTS,
	/** An upload without workbooks. */
	NO_WORKBOOKS,
	/** An uploaded part that is not a workbook. */
	NOT_A_WORKBOOK,
	/**
	 * An uploaded part without a plain file name ({@code .}, {@code ..}, a path, empty,
	 * or twice the same).
	 */
	BAD_FILE_NAME,
	/** The tables folder of a reload cannot be read. */
	UNREADABLE_FOLDER,
	/** No scenario pack gates the version. */
	NO_SCENARIOS,
	/** A scenario pack cannot be read. */
	SCENARIO_INVALID,
	/** A scenario fails on the version. */
	SCENARIO_FAILED,
	/** A new or changed row that no scenario reaches, without allowUncovered. */
	UNCOVERED_CHANGE,

	// Properties of the law (SPEC 2.7)

	/** A property that some case breaks; the problem carries the smallest such case. */
	PROPERTY_VIOLATED,
	/** A property file that cannot be read (YAML, unknown fact or value). */
	PROPERTY_INVALID,
	/** The search for a property did not finish within its time budget. */
	PROPERTY_UNDECIDED,
	/**
	 * The properties' model of the tables and the engine disagree on a case: a fault of
	 * the checker, reported rather than hidden.
	 */
	PROPERTY_MODEL_MISMATCH

}
