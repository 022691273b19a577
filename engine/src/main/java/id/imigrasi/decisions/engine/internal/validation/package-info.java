/**
 * Checks a set of decision-table workbooks before they go live and tells policy staff,
 * cell by cell and in plain words (English, with Bahasa Indonesia beside it), what is
 * wrong. Entry point:
 * {@link id.imigrasi.decisions.engine.internal.validation.WorkbookValidator}, reached
 * from outside through the public {@code Validator} and {@code Ruleset.compile}; every
 * code is a {@code ProblemCode} of the engine's root package.
 *
 * <p>
 * Stable codes, for tools reading the JSON:
 * <ul>
 * <li>Errors found before anything is compiled, in the validator and in
 * {@code Ruleset.compile} alike: {@code HEADER_CHANGED}, {@code MISSING_COLUMN},
 * {@code UNEXPECTED_COLUMN} (the header against the table's declaration,
 * {@link id.imigrasi.decisions.engine.internal.tables.TableLayouts}),
 * {@code UNDECLARED_TABLE}, {@code DROOLS_KEYWORD}, {@code FORMULA},
 * {@code CELL_READ_DIFFERS} (what Drools reads against what the sheet shows),
 * {@code UNSAFE_CHARACTER} (a cell's value against its column's type).</li>
 * <li>Errors (the ruleset cannot go live): {@code MISSING_COLUMN}, {@code MISSING_CELL},
 * {@code DUPLICATE_RULE_ID}, {@code ALTERNATIVE_MISMATCH}, {@code NOT_A_DATE},
 * {@code DATE_ORDER}, {@code MERGED_CELL}, {@code STRAY_CONTENT},
 * {@code UNSAFE_CHARACTER}, {@code UNKNOWN_VALUE}, {@code OVERLAPPING_DATES}
 * (lists.xlsx), {@code COMPILE_ERROR}, {@code DISCRIMINATION}, {@code NO_CONDITION},
 * {@code NO_RULES}, {@code MISSING_WORKBOOK}, {@code MISSING_SHEET},
 * {@code UNREADABLE_WORKBOOK}, {@code IGNORED_WORKBOOK}, {@code MISSING_CITIZEN_TEXT} and
 * {@code UNSAFE_CITIZEN_TEXT} (the citizen's reason and what lifts it on a restrictive
 * passport or departure row: present in both languages, and free of words that must not
 * be read out beside a possible trafficker), {@code CITATION_GAP} (a dated key that cites
 * nothing on a day its row is in force).</li>
 * <li>Warnings: {@code OVERLAP}, {@code UNREACHABLE}, {@code GAP}, {@code NOT_COVERED},
 * {@code CANNOT_ANALYSE}, {@code REVIEW_OVERDUE} (a row in force past its review-by
 * date), {@code MISSING_SHEET} for the optional land-border sheet of lists.xlsx, and
 * {@code MISSING_COLUMN} for a missing validTo column or, in a table from before the
 * legal revision of issue 13, a missing owner, review-by or citizen column.</li>
 * </ul>
 */
package id.imigrasi.decisions.engine.internal.validation;
