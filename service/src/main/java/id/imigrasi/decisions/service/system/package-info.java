/**
 * Concerns shared by every endpoint: security and API keys, errors as problem+json,
 * request limits, clock, API docs, reading a tables folder, the commands' logging. Knows
 * no feature: a feature's error extends {@code ProblemException} and this package's one
 * handler renders it.
 */
package id.imigrasi.decisions.service.system;
