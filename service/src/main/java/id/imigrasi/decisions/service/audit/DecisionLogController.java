package id.imigrasi.decisions.service.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.service.contract.DecisionAnswer;

/**
 * The decision log for supervisors and auditors (SPEC 8, 9): a decision as it was
 * answered, a person's decisions (the NIK only in the body, never in a URL that proxies
 * and access logs keep), and the replay owed to an applicant who objects (UU 27/2022
 * Pasal 10).
 */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "decision log", description = "Logged decisions: read back, search by person, replay")
class DecisionLogController {

	private final DecisionLog log;

	private final Replay replay;

	DecisionLogController(DecisionLog log, Replay replay) {
		this.log = log;
		this.replay = replay;
	}

	@GetMapping("/{decisionId}")
	@Operation(summary = "A logged decision, exactly as it was answered")
	@ApiResponse(responseCode = "200", description = "The decision as answered",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionAnswer.class)))
	@ApiResponse(responseCode = "404", description = "No such decision (or purged after the retention period)",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<String> decision(@PathVariable String decisionId) {
		LoggedDecision logged = this.log.find(decisionId).orElseThrow(DecisionNotFoundException::new);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(logged.decision());
	}

	@PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A person's decisions, newest first",
			description = "The NIK is hashed with the service's key for the look-up; it is never stored in clear.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = SearchRequest.class))))
	@ApiResponse(responseCode = "200", description = "The decisions found, at most " + DecisionRepository.SEARCH_LIMIT)
	@ApiResponse(responseCode = "400", description = "The search breaks the contract; every problem is listed",
			content = @Content(mediaType = "application/problem+json"))
	SearchResult search(@RequestBody JsonNode body) {
		SearchRequest search = SearchRequest.read(body);
		return new SearchResult(this.log.findByPerson(search.nik(), search.fromOrEarliest(), search.toOrLatest())
			.stream()
			.map(SearchResult.Entry::of)
			.toList());
	}

	@PostMapping("/{decisionId}/replay")
	@Operation(summary = "Evaluate a logged decision's facts again on its own ruleset version and compare")
	@ApiResponse(responseCode = "200", description = "Whether the replay is identical, and any differences")
	@ApiResponse(responseCode = "404", description = "No such decision",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The decision's ruleset version is not available",
			content = @Content(mediaType = "application/problem+json"))
	ReplayResult replay(@PathVariable String decisionId) {
		return this.replay.of(this.log.find(decisionId).orElseThrow(DecisionNotFoundException::new));
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
