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
 *
 * <p>
 * Public types live in this package only; the workings are under {@code internal}
 * (compile, evaluate, explain), {@code internal.tables} (reading workbooks),
 * {@code internal.facts} (the fact catalogue) and {@code internal.validation} (the checks
 * and the case-space analysis). This package never imports them: they implement
 * {@link id.imigrasi.decisions.engine.EngineServices}, found with the
 * {@link java.util.ServiceLoader}, and EngineArchitectureTest keeps the wall. To expose
 * something new, add a method to {@code EngineServices} and a type or facade here, and
 * implement it in {@code internal.Provider}.
 */
package id.imigrasi.decisions.engine;
