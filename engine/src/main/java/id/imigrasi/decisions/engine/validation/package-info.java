/**
 * Checks a set of decision-table workbooks before they go live and tells policy staff,
 * cell by cell and in plain words, what is wrong: structure, values outside the fact
 * model, Drools compile errors, the non-discrimination guard (SPEC 2.5), overlapping,
 * unreachable and missing rows, and rows no scenario reaches. Entry point:
 * {@link id.imigrasi.decisions.engine.validation.WorkbookValidator}.
 */
package id.imigrasi.decisions.engine.validation;
