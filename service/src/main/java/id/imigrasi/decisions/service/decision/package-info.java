/**
 * The two decision services of SPEC 2: strict reading of a request, evaluation on the
 * active ruleset, and the reasoned answer.
 */
package id.imigrasi.decisions.service.decision;
