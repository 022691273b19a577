/**
 * The two decision services of SPEC 2: the request read by {@code contract}'s strict
 * reader, evaluated on the active ruleset ({@code ruleset}), logged ({@code audit}) and
 * answered as the wire record of {@code contract}.
 */
package id.imigrasi.decisions.service.decision;
