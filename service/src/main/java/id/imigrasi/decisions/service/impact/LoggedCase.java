package id.imigrasi.decisions.service.impact;

/**
 * One logged decision as the impact reads it: the facts it was made on and the answer it
 * was given, nothing about the person beyond what the stored facts hold.
 *
 * @param service {@code departure} or {@code passport-application}
 * @param rulesetVersion the version it was answered under
 * @param facts the stored facts, JSON
 * @param answer the decision as answered, JSON
 */
record LoggedCase(String decisionId, String service, String rulesetVersion, String facts, String answer) {
}
