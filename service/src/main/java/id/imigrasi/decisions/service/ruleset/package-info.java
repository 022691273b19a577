/**
 * The ruleset in force: which compiled decision tables answer decisions, and how a new
 * version becomes active. {@code RulesetLifecycle} uploads, keeps, activates and rolls
 * back versions; every gate a version must pass is an {@code ActivationCheck} bean (the
 * scenario packs' gate lives in {@code scenario}), so a new gate needs no edit here.
 */
package id.imigrasi.decisions.service.ruleset;
