/**
 * The policy staff's {@code validate} command: checks decision-table workbooks with the
 * engine's public {@code Validator} before they go live, without starting the web server.
 */
package id.imigrasi.decisions.service.validation;
