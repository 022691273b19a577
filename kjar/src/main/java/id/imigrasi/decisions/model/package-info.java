/**
 * The fact model of SPEC 3: the request records callers send (annotated with what is
 * required and how text fields must look) and the facts the decision tables read about a
 * case at its legal date. Nothing here decides anything; every criterion is a table row.
 */
package id.imigrasi.decisions.model;
