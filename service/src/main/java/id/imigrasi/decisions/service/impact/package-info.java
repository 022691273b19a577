/**
 * The impact of a candidate ruleset (issue 16, SPEC 8.1
 * {@code POST /api/v1/rulesets/impact} and 9 {@code impact}): before an edit goes live,
 * the decisions logged in the last days are evaluated again under the candidate, each at
 * its own legal date, and compared with what was answered; with the candidate's scenario
 * and property results. The same report is part of every upload answer, and the jar's
 * {@code impact} command makes it from the configured decision log without a web server,
 * read-only.
 *
 * <p>
 * A feature of its own rather than part of {@code ruleset}: it reads the decision log
 * ({@code audit}) and runs the scenario packs ({@code scenario}), and {@code scenario}
 * already depends on {@code ruleset} (its gate), so inside {@code ruleset} it would close
 * a cycle. The lifecycle reaches it only through {@code ruleset.UploadImpact}.
 *
 * <p>
 * The report names decisions by ID only: never a NIK, its hash, a name or a fact.
 */
package id.imigrasi.decisions.service.impact;
