/**
 * The decision log (issue 8, SPEC 1 and 9): every decision answered is stored with the
 * facts it was made on and the version of the tables, so that a supervisor can say months
 * later why a traveller was deferred, and an applicant who objects (UU 27/2022 Pasal 10)
 * can be shown a replay. The NIK is kept only as a keyed hash and the name not at all.
 */
package id.imigrasi.decisions.service.audit;
