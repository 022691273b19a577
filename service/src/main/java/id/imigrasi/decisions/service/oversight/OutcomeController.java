package id.imigrasi.decisions.service.oversight;

import java.net.URI;
import java.security.Principal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.DecisionLog;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.audit.OfficerOutcome;
import id.imigrasi.decisions.service.system.Requester;

/**
 * The officer's final action on a recommendation (SPEC 8.1), recorded by the caller that
 * asked for the decision: once, with a reason when overridden. What officers do is how a
 * supervisor learns which criteria do not fit ({@code GET /api/v1/criteria}).
 */
@RestController
@Tag(name = "oversight", description = "Officers' outcomes, criteria statistics, the access log")
class OutcomeController {

	private final DecisionLog log;

	OutcomeController(DecisionLog log) {
		this.log = log;
	}

	@PostMapping(path = "/api/v1/decisions/{decisionId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record what the officer finally did with a recommendation",
			description = "Roles: the caller that asked for the decision. FOLLOWED: finalDecision is the "
					+ "recommendation. OVERRIDDEN: finalDecision is another outcome of the decision's service and "
					+ "reasonCode says why. The officer is a pseudonymous ID; the optional note (at most 500 "
					+ "characters) says what happened, never who: a note holding a 16-digit number is refused. "
					+ "Once per decision.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = OutcomeBody.class))))
	@ApiResponse(responseCode = "201", description = "Recorded; the note is stored, not echoed",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Recorded.class)))
	@ApiResponse(responseCode = "400",
			description = "The outcome breaks the contract; every problem is listed, "
					+ "nothing is stored, and the note is never quoted",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The decision was asked for with another key",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such decision",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The decision has an outcome already",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Recorded> record(@PathVariable String decisionId, @RequestBody JsonNode body, Principal principal) {
		LoggedDecision decision = this.log.askedBy(decisionId, Requester.of(principal));
		OfficerOutcome outcome = OutcomeReader.read(body, DecisionService.fromPath(decision.service()),
				Outcome.valueOf(decision.recommendation()));
		OfficerOutcome stored = this.log.recordOutcome(decision, outcome);
		return ResponseEntity.created(URI.create("/api/v1/decisions/" + decisionId))
			.body(new Recorded(decisionId, decision.recommendation(), stored.action(), stored.finalDecision(),
					stored.reasonCode(), stored.officer(), stored.note() != null, stored.recordedAt()));
	}

	/**
	 * The body of an outcome, for the API document; it is read by {@link OutcomeReader}.
	 */
	@Schema(name = "OutcomeRequest", requiredProperties = { "action", "finalDecision", "officer" })
	record OutcomeBody(OfficerOutcome.Action action,
			@Schema(description = "An outcome of the decision's service, e.g. ALLOW or DEFER for a departure",
					example = "ALLOW") String finalDecision,
			@Schema(description = "Required when the action is OVERRIDDEN, absent otherwise") OfficerOutcome.ReasonCode reasonCode,
			@Schema(description = "The officer's pseudonymous ID, 1-64 letters, digits, dots, dashes or underscores",
					example = "cgk-officer-0147") String officer,
			@Schema(description = "Optional, at most 500 characters; what happened, never who (no NIK, no name)",
					maxLength = 500) String note) {
	}

	/**
	 * The outcome as recorded, against the recommendation; the note is stored but not
	 * echoed.
	 */
	@Schema(name = "OutcomeRecorded")
	record Recorded(String decisionId, String recommendation, OfficerOutcome.Action action, String finalDecision,
			OfficerOutcome.ReasonCode reasonCode, String officer, boolean noteRecorded,
			java.time.OffsetDateTime recordedAt) {
	}

}
