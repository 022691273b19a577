package id.imigrasi.decisions.service.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the officer finally did with a recommendation (SPEC 8.1): followed it or overrode
 * it, the final decision, and why when overridden. The engine recommends, an officer
 * decides; this is how the product learns which criteria officers disagree with.
 *
 * @param finalDecision an outcome of the decision's service, e.g. {@code ALLOW}
 * @param reasonCode why it was overridden; null when followed
 * @param officer the officer's pseudonymous ID, never a name or a NIK
 * @param note optional free text, at most 500 characters, never a NIK
 * @param recordedAt when it was stored (UTC); null before
 */
@Schema(name = "Outcome", description = "The officer's final action on a decision (SPEC 8.1)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficerOutcome(Action action, String finalDecision, ReasonCode reasonCode, String officer, String note,
		OffsetDateTime recordedAt) {

	/** Longest note stored. */
	public static final int NOTE_LIMIT = 500;

	/** The same outcome as stored at a given time. */
	public OfficerOutcome recorded(OffsetDateTime at) {
		return new OfficerOutcome(this.action, this.finalDecision, this.reasonCode, this.officer, this.note, at);
	}

	/** Whether the officer followed the recommendation or decided otherwise. */
	@Schema(name = "OfficerAction")
	public enum Action {

		FOLLOWED, OVERRIDDEN

	}

	/**
	 * Why an officer decided otherwise than recommended; each is counted per criterion
	 * ({@code GET /api/v1/criteria}).
	 */
	@Schema(name = "OverrideReason", description = "NEW_FACTS: facts the request did not carry came to light; "
			+ "DOCUMENTS_PRODUCED: the person produced the missing documents; SUPERVISOR_DECISION: a supervisor "
			+ "decided; RULE_DOES_NOT_FIT: the criterion does not fit this case; DATA_ERROR: the request's data "
			+ "was wrong; OTHER: anything else (say what in the note)")
	public enum ReasonCode {

		NEW_FACTS("overridden_new_facts"), DOCUMENTS_PRODUCED("overridden_documents"),
		SUPERVISOR_DECISION("overridden_supervisor"), RULE_DOES_NOT_FIT("overridden_rule_not_fit"),
		DATA_ERROR("overridden_data_error"), OTHER("overridden_other");

		private final String column;

		ReasonCode(String column) {
			this.column = column;
		}

		/** Its count's column in {@code criteria_daily}. */
		String column() {
			return this.column;
		}

	}

}
