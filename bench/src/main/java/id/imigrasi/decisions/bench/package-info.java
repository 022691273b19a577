/**
 * The benchmarks (README: {@code bench/README.md}, results in {@code bench/RESULTS.md}):
 * the engine in process with JMH against a hand-written baseline and peer DMN engines
 * (Camunda, Drools DMN), and the service jar over HTTP. The peers and their equivalence
 * check run on the benchmark's own frozen copy of the tables
 * ({@link id.imigrasi.decisions.bench.FrozenTables}), never on the live
 * {@code decision-tables/}, so a table edit never needs a Java or DMN edit here. The
 * engine is used through its public types only (BenchArchitectureTest).
 */
package id.imigrasi.decisions.bench;
