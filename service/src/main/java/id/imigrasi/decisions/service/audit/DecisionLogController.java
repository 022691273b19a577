package id.imigrasi.decisions.service.audit;

import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.system.Requester;

/**
 * The decision log for supervisors and auditors (SPEC 8, 8.1, 9): a decision as it was
 * answered with the officer's outcome, a person's decisions (the NIK only in the body,
 * never in a URL that proxies and access logs keep), and the replay owed to an applicant
 * who objects (UU 27/2022 Pasal 10). A caller reads only its own decisions; search and
 * replay take an auditor key; every read is logged in the access log.
 */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "decision log", description = "Logged decisions: read back, search by person, replay")
class DecisionLogController {

	private final DecisionLog log;

	private final Replay replay;

	private final ObjectMapper json;

	DecisionLogController(DecisionLog log, Replay replay, ObjectMapper json) {
		this.log = log;
		this.replay = replay;
		this.json = json;
	}

	@GetMapping("/{decisionId}")
	@Operation(summary = "A logged decision, exactly as it was answered, with the officer's outcome once recorded",
			description = "Roles: the caller that asked for it; auditor; admin. The read is logged.")
	@ApiResponse(responseCode = "200",
			description = "The decision as answered; when an outcome is recorded, with it as member `outcome`",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionAnswer.class)))
	@ApiResponse(responseCode = "403", description = "A caller key asking for another caller's decision",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such decision (or purged after the retention period)",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<String> decision(@PathVariable String decisionId, Principal principal) {
		LoggedDecision logged = this.log.read(decisionId, Requester.of(principal), AccessLog.READ);
		Optional<OfficerOutcome> outcome = this.log.outcomeOf(decisionId);
		// Without an outcome, the very bytes answered; with one, the same members and it.
		String body = outcome.isEmpty() ? logged.decision() : withOutcome(logged.decision(), outcome.get());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A person's decisions, newest first",
			description = "Roles: auditor; admin. The NIK is hashed with the service's key for the look-up; it is "
					+ "never stored in clear. The search is logged with its purpose (header X-Purpose, required) "
					+ "and the NIK's keyed hash.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = SearchRequest.class))))
	@Parameter(name = Purpose.HEADER, in = ParameterIn.HEADER, required = true,
			description = "Why you search (an objection, a case or an audit reference), at most " + Purpose.LIMIT
					+ " characters, never a NIK or a name; kept in the access log")
	@ApiResponse(responseCode = "200", description = "The decisions found, at most " + DecisionRepository.SEARCH_LIMIT)
	@ApiResponse(responseCode = "400",
			description = "The search breaks the contract or gives no purpose; every problem is listed",
			content = @Content(mediaType = "application/problem+json"))
	SearchResult search(@RequestBody JsonNode body,
			@RequestHeader(name = Purpose.HEADER, required = false) String purpose, Principal principal) {
		SearchRequest search = SearchRequest.read(body, purpose);
		return new SearchResult(
				this.log.search(search, Requester.of(principal)).stream().map(SearchResult.Entry::of).toList());
	}

	@PostMapping("/{decisionId}/replay")
	@Operation(summary = "Evaluate a logged decision's facts again on its own ruleset version and compare",
			description = "Roles: auditor; admin. The replay is logged.")
	@ApiResponse(responseCode = "200",
			description = "Whether the replay is identical, any differences, and the officer's outcome if recorded")
	@ApiResponse(responseCode = "404", description = "No such decision",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The decision's ruleset version is not available",
			content = @Content(mediaType = "application/problem+json"))
	ReplayResult replay(@PathVariable String decisionId, Principal principal) {
		LoggedDecision logged = this.log.read(decisionId, Requester.of(principal), AccessLog.REPLAY);
		return this.replay.of(logged).withOutcome(this.log.outcomeOf(decisionId).orElse(null));
	}

	private String withOutcome(String decision, OfficerOutcome outcome) {
		try {
			ObjectNode answer = (ObjectNode) this.json.readTree(decision);
			answer.set("outcome", this.json.valueToTree(outcome));
			return this.json.writeValueAsString(answer);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A logged decision is not JSON", ex);
		}
	}

	/** A person's decisions: summaries, each to be read in full by its ID. */
	record SearchResult(List<Entry> decisions) {

		record Entry(String decisionId, String service, LocalDate legalDate, OffsetDateTime decidedAt, String caller,
				String recommendation, DecisionAnswer.RulesetAnswer ruleset) {

			static Entry of(LoggedDecision logged) {
				return new Entry(logged.decisionId(), logged.service(), logged.legalDate(), logged.decidedAt(),
						logged.caller(), logged.recommendation(),
						new DecisionAnswer.RulesetAnswer(logged.rulesetVersion(), logged.rulesetSha256()));
			}

		}

	}

}
