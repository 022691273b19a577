/**
 * What the decision tables read about a case at its legal date ({@code CaseFacts} and its
 * two kinds, built from a request of {@code model.request}), what a row inserts when it
 * fires ({@code RowMatch}), and the vocabulary of the answer (outcomes, agencies,
 * urgencies). Nothing here decides anything; every criterion is a table row.
 */
package id.imigrasi.decisions.model;
