/**
 * The decision service and the jar's commands:
 * {@link id.imigrasi.decisions.service.DecisionsApplication} starts Spring only when no
 * command is given; {@code CommandLine} runs {@code validate} and {@code scenarios} (and
 * {@code --help}) before it. Packages: {@code system} (shared concerns: security,
 * problem+json, limits, OpenAPI; knows no feature), {@code contract} (the strict request
 * reader and the answer's wire records: the API's JSON shape lives there only), and the
 * features {@code decision}, {@code audit}, {@code ruleset}, {@code scenario},
 * {@code validation}. ServiceArchitectureTest keeps the walls: no package cycles, system
 * and contract know no feature, controllers only in feature packages, the engine only
 * through its public types.
 */
package id.imigrasi.decisions.service;
