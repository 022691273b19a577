/**
 * The policy staff's {@code validate} command: checks decision-table workbooks before
 * they go live, without starting the web server.
 */
package id.imigrasi.decisions.service.validation;
