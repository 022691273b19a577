package id.imigrasi.decisions.service.decision;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.service.audit.DecisionLog;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

/**
 * The two decision services (SPEC 2, 8): read the request strictly, evaluate it on the
 * active ruleset, answer the reasoned recommendation. An invalid request is never
 * evaluated.
 */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "decisions", description = "Advisory recommendations for passport counters and exit checks")
class DecisionController {

	private static final Logger log = LoggerFactory.getLogger(DecisionController.class);

	private final RequestReader reader;

	private final ActiveRuleset active;

	private final DecisionMetrics metrics;

	private final DecisionLog decisionLog;

	DecisionController(Clock clock, ActiveRuleset active, DecisionMetrics metrics, DecisionLog decisionLog) {
		this.reader = new RequestReader(clock);
		this.active = active;
		this.metrics = metrics;
		this.decisionLog = decisionLog;
	}

	@PostMapping(path = "/passport-application", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Recommend on one ordinary passport application",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = PassportApplication.class))))
	@ApiResponse(responseCode = "200", description = "The recommendation with every finding and referral",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionAnswer.class)))
	@ApiResponse(responseCode = "400", description = "The request breaks the contract; every problem is listed",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "503", description = "The decision could not be logged, so it is not answered",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<String> passportApplication(@RequestBody JsonNode body, Principal caller) {
		return decide(DecisionService.PASSPORT_APPLICATION, body, caller);
	}

	@PostMapping(path = "/departure", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Recommend on one departing traveller at a TPI exit check",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = Departure.class))))
	@ApiResponse(responseCode = "200", description = "The recommendation with every finding and referral",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionAnswer.class)))
	@ApiResponse(responseCode = "400", description = "The request breaks the contract; every problem is listed",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "503", description = "The decision could not be logged, so it is not answered",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<String> departure(@RequestBody JsonNode body, Principal caller) {
		return decide(DecisionService.DEPARTURE, body, caller);
	}

	private ResponseEntity<String> decide(DecisionService service, JsonNode body, Principal caller) {
		ReadResult request = this.reader.read(service, body);
		request.orThrow();
		long start = System.nanoTime();
		Decision decision = request.evaluate(this.active.engine());
		Duration evaluation = Duration.ofNanos(System.nanoTime() - start);
		this.metrics.decided(decision, evaluation);
		// Stored before it is answered, and answered with the very JSON stored (one
		// serialisation, and GET /decisions/{id} gives back the same bytes); a decision
		// the log could not keep is not answered.
		String answer = this.decisionLog.record(request, decision, evaluation, caller);
		// Identifiers and rule IDs only: the request's personal data never reaches a log.
		log.debug("Decision {} {} {} by {}", decision.decisionId(), service.path(), decision.recommendation(),
				decision.findings().stream().map((f) -> f.ruleId()).toList());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
	}

}
