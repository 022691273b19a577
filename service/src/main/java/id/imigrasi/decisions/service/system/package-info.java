/**
 * Concerns shared by every endpoint: errors as problem+json, request limits, clock, API
 * docs.
 */
package id.imigrasi.decisions.service.system;
