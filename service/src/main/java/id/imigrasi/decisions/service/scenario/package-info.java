/**
 * The trainers' scenario runner (SPEC 7): reads scenario packs from
 * {@code test-scenarios/}, evaluates each request with the same strict reader and engine
 * as the API, grades the decision against the pack's expectations and reports it in
 * words, as text and as a self-contained HTML page with row coverage. Spring-free, so the
 * jar runs it as a command without starting a web server.
 */
package id.imigrasi.decisions.service.scenario;
