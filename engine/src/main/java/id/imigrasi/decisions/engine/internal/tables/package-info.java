/**
 * The workbooks as policy staff see them, read cell by cell: rule tables with their
 * columns and rows (each with its cell address), and the dated lists of
 * {@code lists.xlsx}. The explanation and the validator read rules from here; Drools
 * compiles the same sheets. A rule table is read from its header rows, not from fixed
 * positions, so a row inserted into it needs no code change; the engineers' part of each
 * rule table (header rows, column templates, captions, value types) is declared once
 * here, one class per table
 * ({@link id.imigrasi.decisions.engine.internal.tables.TableLayouts}), so a column needs
 * one line in its declaration, and a workbook is held to it before Drools sees it. The
 * sheets of {@code lists.xlsx} are read by column position.
 */
package id.imigrasi.decisions.engine.internal.tables;
