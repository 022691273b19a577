package id.imigrasi.decisions.service.decision;

import java.io.IOException;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.system.RoutedPath;

/**
 * Screening a manifest (SPEC 8.1): one request body per NDJSON line, answered line for
 * line in the same order as a stream. The whole body is spooled and counted first
 * ({@link ManifestSpool}), so a batch over the limits is refused with 413 before any line
 * is evaluated; then it is screened ({@link BatchScreening}) and the answer streams while
 * later lines are still being decided.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "decisions", description = "Advisory recommendations for passport counters and exit checks")
class BatchController {

	private final BatchScreening screening;

	BatchController(BatchScreening screening) {
		this.screening = screening;
	}

	@PostMapping(path = "/departure/batch", consumes = MediaType.APPLICATION_NDJSON_VALUE)
	@Operation(summary = "Screen many departing travellers at once, e.g. a flight's passengers",
			description = BatchApi.DESCRIPTION,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = BatchApi.REQUEST,
					content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE,
							schema = @Schema(type = "string"))))
	@ApiResponse(responseCode = "200", description = BatchApi.ANSWER,
			content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE,
					schema = @Schema(oneOf = { DecisionAnswer.class, LineProblem.class })))
	@ApiResponse(responseCode = "413", description = BatchApi.TOO_LARGE,
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "503", description = BatchApi.BUSY,
			content = @Content(mediaType = "application/problem+json"))
	void departure(HttpServletRequest request, HttpServletResponse response, Principal caller) throws IOException {
		screen(DecisionService.DEPARTURE, request, response, caller);
	}

	@PostMapping(path = "/passport-application/batch", consumes = MediaType.APPLICATION_NDJSON_VALUE)
	@Operation(summary = "Screen many ordinary passport applications at once", description = BatchApi.DESCRIPTION,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = BatchApi.REQUEST,
					content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE,
							schema = @Schema(type = "string"))))
	@ApiResponse(responseCode = "200", description = BatchApi.ANSWER,
			content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE,
					schema = @Schema(oneOf = { DecisionAnswer.class, LineProblem.class })))
	@ApiResponse(responseCode = "413", description = BatchApi.TOO_LARGE,
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "503", description = BatchApi.BUSY,
			content = @Content(mediaType = "application/problem+json"))
	void passportApplication(HttpServletRequest request, HttpServletResponse response, Principal caller)
			throws IOException {
		screen(DecisionService.PASSPORT_APPLICATION, request, response, caller);
	}

	private void screen(DecisionService service, HttpServletRequest request, HttpServletResponse response,
			Principal caller) throws IOException {
		try (BatchScreening.Admission admitted = this.screening.admit();
				ManifestSpool spool = ManifestSpool.of(request.getInputStream(), request.getContentLengthLong(),
						BatchScreening.MAX_BYTES, BatchScreening.MAX_LINES)) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(MediaType.APPLICATION_NDJSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			// The routed path, never the raw URI: a ';' parameter could carry a NIK.
			this.screening.screen(service, spool, caller, RoutedPath.instance(request), response.getOutputStream());
		}
	}

	/** The texts of the OpenAPI document, shared by both services. */
	private static final class BatchApi {

		static final String DESCRIPTION = "One request body per line (NDJSON), at most 100,000 lines and 256 MiB. "
				+ "The whole body is received and counted before any line is evaluated. Each line is read, "
				+ "evaluated and logged exactly as a single call would be, on all cores; the answer streams in the "
				+ "same order, one line per input line.";

		static final String REQUEST = "Request bodies as the single call takes them, one per line, each line at "
				+ "most 64 KiB";

		static final String ANSWER = "One line per input line, in order: the decision exactly as the single call "
				+ "answers it, or a problem naming the line with every error of that line (a bad line never stops "
				+ "the batch)";

		static final String TOO_LARGE = "More than 100,000 lines or 256 MiB; nothing was evaluated or logged";

		static final String BUSY = "Two batches are already being screened; send this one again later";

		private BatchApi() {
		}

	}

}
