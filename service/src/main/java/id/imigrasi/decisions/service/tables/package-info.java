/**
 * The policy staff's {@code tidy} command: lays decision-table workbooks out for editing
 * in Excel and LibreOffice (drop-downs, row heights, print titles, the engineers' rows
 * grouped and protected) without changing a rule, and without starting the web server.
 */
package id.imigrasi.decisions.service.tables;
