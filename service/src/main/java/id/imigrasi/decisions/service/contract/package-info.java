/**
 * The service's contract with calling systems, in one place: the strict reader of the
 * request records of {@code model.request} (SPEC 3; every problem at once, each with its
 * JSON path) and the answer's wire records, mapped from the engine's result (SPEC 4). The
 * API, the scenario runner and replay all read requests here, so a scenario cannot say
 * what the API would refuse.
 */
package id.imigrasi.decisions.service.contract;
