package id.imigrasi.decisions.service.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of the decision log: who asked, when, on which facts and tables, and the answer
 * exactly as it was given.
 *
 * @param decidedAt when the decision was answered, in UTC
 * @param caller the API key's label (never the key), or {@code anonymous}
 * @param nikHash the person's NIK as a keyed hash ({@link NikHasher})
 * @param facts the request as read, JSON, with the NIK hashed, no name, and the legal
 * date written in
 * @param decision the decision as answered, JSON
 */
public record LoggedDecision(String decisionId, String service, LocalDate legalDate, OffsetDateTime decidedAt,
		String caller, String nikHash, String recommendation, String rulesetVersion, String rulesetSha256,
		long evaluationMicros, String facts, String decision) {

}
