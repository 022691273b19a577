/**
 * The workbooks as policy staff see them, read cell by cell: rule tables with their
 * columns and rows (each with its cell address), and the dated lists of
 * {@code lists.xlsx}. The explanation and the validator read rules from here; Drools
 * compiles the same sheets. The engineers' part of each rule table (header rows, column
 * templates, captions, value types) is declared once here, one class per table
 * ({@link id.imigrasi.decisions.engine.internal.tables.TableLayouts}); a workbook is held
 * to it before Drools sees it.
 */
package id.imigrasi.decisions.engine.internal.tables;
