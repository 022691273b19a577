/**
 * The decision log (issue 8, SPEC 1 and 9): every decision answered is stored with the
 * facts it was made on and the version of the tables, so that a supervisor can say months
 * later why a traveller was deferred, and an applicant who objects (UU 27/2022 Pasal 10)
 * can be shown a replay. The NIK is kept only as a keyed hash and the name not at all.
 *
 * <p>
 * It also keeps what officers did with each recommendation
 * ({@link id.imigrasi.decisions.service.audit.OfficerOutcome}), the criteria counts
 * rolled up per day as decisions and outcomes are stored
 * ({@link id.imigrasi.decisions.service.audit.CriteriaRollup}), and who read what
 * ({@link id.imigrasi.decisions.service.audit.AccessLog}). Features that read the log go
 * through {@link id.imigrasi.decisions.service.audit.DecisionLog#read}, which lets a
 * caller read only its own decisions and logs the read, or log their own reads with
 * {@link id.imigrasi.decisions.service.audit.AccessLog#record}.
 */
package id.imigrasi.decisions.service.audit;
