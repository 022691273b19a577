/**
 * The request contract of SPEC 3: what calling systems send, one sealed
 * {@link id.imigrasi.decisions.model.request.CaseRequest} per case, with the enums of its
 * fields, which fields are required
 * ({@link id.imigrasi.decisions.model.request.Required}) and how text fields must look
 * ({@link id.imigrasi.decisions.model.request.Pattern}). The service's strict reader, the
 * scenario packs and the benchmark corpus all build these. Depends on nothing else of
 * ours.
 */
package id.imigrasi.decisions.model.request;
