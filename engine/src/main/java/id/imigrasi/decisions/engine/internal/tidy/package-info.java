/**
 * Makes the workbooks pleasant to edit in Excel and LibreOffice without touching a rule:
 * drop-downs of the allowed values, row heights that fit wrapped text, column widths,
 * print titles and areas, and the engineers' header rows grouped, collapsed and
 * protected. Entry point:
 * {@link id.imigrasi.decisions.engine.internal.tidy.WorkbookTidier}.
 */
package id.imigrasi.decisions.engine.internal.tidy;
