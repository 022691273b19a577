/**
 * The workbooks as policy staff see them, read cell by cell: rule tables with their
 * columns and rows (each with its cell address), and the dated lists of
 * {@code lists.xlsx}. The explanation and the validator read rules from here; Drools
 * compiles the same sheets.
 */
package id.imigrasi.decisions.engine.internal.tables;
