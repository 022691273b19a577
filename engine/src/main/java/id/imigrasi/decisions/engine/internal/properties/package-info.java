/**
 * The properties of the law every ruleset must keep (SPEC 2.7), checked over the whole
 * case space; {@link id.imigrasi.decisions.engine.Properties} is the public way in and
 * {@code docs/properties.md} the full account.
 *
 * <p>
 * <strong>How.</strong> Properties are read from YAML ({@code PropertyReader}): the six
 * shipped in this jar ({@code PropertyChecker.SHIPPED}) and any given ones, which add.
 * For each service and each class of legal dates (between two days where a row starts or
 * ends, or a country joins or leaves a list) a {@code Space} holds the rows in force,
 * their conditions in the validator's {@code Expr} model compiled against the dimensions
 * they read, and what makes a case real. {@code Search} walks the dimensions depth-first
 * in three-valued logic ({@code Tri}) and ends a branch as soon as the property is
 * decided for every completion ({@code Judges}); the Cartesian product is never
 * enumerated, and a fact no row reads is no dimension. A case found is minimised, written
 * as requests ({@code Requests}, {@code Countries}), run through the engine, checked
 * again on the engine's decisions ({@code DecisionCheck}) and written as a scenario pack
 * ({@code Concretizer}, {@code ScenarioWriter}); P-CITED is {@code CitationCheck}.
 *
 * <p>
 * <strong>What the search covers</strong>: legal dates from the property's first date (or
 * the first date any row is in force); every fact the rows in force or the properties
 * read; for each, one value per class the conditions tell apart (each named constant and
 * one more, both yes/no, "not given", each side of every threshold); countries by the
 * lists they are on that day and by the countries a cell names, only as real routes (up
 * to three transit countries); the consistency of a request (answers need an interview).
 *
 * <p>
 * <strong>What it cannot</strong>: dates before that window; facts the model does not
 * have; a derived fact with no way into a request (a test fails first); an instrument the
 * sheet Instrumen does not date; more than the first, 1-minimal counterexample per check
 * and service; anything past the time budget, which is reported undecided, never holding.
 * The model is only as right as its agreement with Drools, which every counterexample and
 * {@code DifferentialTest} check.
 */
package id.imigrasi.decisions.engine.internal.properties;
