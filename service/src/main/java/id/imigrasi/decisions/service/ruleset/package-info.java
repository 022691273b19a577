/**
 * The ruleset in force: which compiled decision tables answer decisions, and how a new
 * version becomes active.
 */
package id.imigrasi.decisions.service.ruleset;
