package id.imigrasi.decisions.engine.internal.tables;

/**
 * What a policy staff cell of a column may hold. Every value is checked against its
 * column's type before anything is compiled, so a cell is always data and never code: no
 * value of any type can close the string or the constraint its template puts it in.
 */
public enum CellType {

	/** A rule ID such as {@code DC-010}: letters, digits and dashes only. */
	RULE_ID,
	/** Rule IDs separated by commas ({@code PA-011, DC-015}), each of the set. */
	RULE_IDS,
	/** {@code true} or {@code false}. */
	YES_NO,
	/** A whole number of at most three digits, e.g. an age threshold. */
	WHOLE_NUMBER,
	/**
	 * Constants of the enum the template names ({@code Purpose.$}), separated by commas.
	 */
	VALUES,
	/** A list code of lists.xlsx ({@code DESTINATION_RISK}). */
	LIST_CODE,
	/** ISO 3166-1 alpha-2 country codes separated by commas. */
	COUNTRIES,
	/** An outcome of the table's service. */
	OUTCOME,
	/** An agency code. */
	AGENCY,
	/** {@code IMMEDIATE} or {@code ROUTINE}. */
	URGENCY,
	/** A date written YYYY-MM-DD. */
	DATE,
	/** Free text put in a string: no double quote, backslash or control character. */
	TEXT,
	/** Citations separated by semicolons, dated keys in braces; text otherwise. */
	LEGAL_BASIS

}
