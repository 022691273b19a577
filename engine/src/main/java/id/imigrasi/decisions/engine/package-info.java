/**
 * The decision engine's public surface: a {@link id.imigrasi.decisions.engine.Ruleset}
 * (the compiled decision tables, built-in or uploaded) and a
 * {@link id.imigrasi.decisions.engine.DecisionEngine} that evaluates one case against it
 * and returns a {@link id.imigrasi.decisions.engine.Decision} explained by its
 * {@link id.imigrasi.decisions.engine.Finding}s and
 * {@link id.imigrasi.decisions.engine.Referral}s. No Spring: the service, the scenario
 * runner, the validator and the benchmarks all use it.
 * {@link id.imigrasi.decisions.engine.Validator} checks workbooks cell by cell;
 * {@link id.imigrasi.decisions.engine.Properties} checks the properties of the law (SPEC
 * 2.7) over the whole case space and returns a
 * {@link id.imigrasi.decisions.engine.PropertyReport} with each violation's
 * {@link id.imigrasi.decisions.engine.Counterexample}.
 */
package id.imigrasi.decisions.engine;
