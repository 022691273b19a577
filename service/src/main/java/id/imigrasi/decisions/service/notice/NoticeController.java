package id.imigrasi.decisions.service.notice;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.service.audit.AccessLog;
import id.imigrasi.decisions.service.audit.DecisionLog;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.audit.OfficerOutcome;
import id.imigrasi.decisions.service.contract.InvalidRequestException;
import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.system.Requester;

/**
 * The written notice of one decision (SPEC 8.1, issue 17), for the caller that asked for
 * it, an auditor or an admin. The read is logged (kind {@code NOTICE}) once the key may
 * read the decision, before anything is answered: a 409 or a 404 for a decision that
 * needs no notice tells something about the decision too.
 */
@RestController
@Tag(name = "notice", description = "The written notice to the citizen")
class NoticeController {

	/** No script, no resource from anywhere: the page is only text and its own style. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final DecisionLog log;

	private final NoticeComposer composer;

	private final NoticeRenderer renderer;

	NoticeController(DecisionLog log, NoticeComposer composer, NoticeRenderer renderer) {
		this.log = log;
		this.composer = composer;
		this.renderer = renderer;
	}

	@GetMapping(path = "/api/v1/decisions/{decisionId}/notice")
	@Operation(
			summary = "The written notice to the citizen of a refusal, suspension, deferral, refusal of exit "
					+ "or request for documents",
			description = "Roles: the caller that asked for the decision; auditor; admin. The read is logged "
					+ "(kind NOTICE). The notice follows the officer's final decision "
					+ "(`POST /api/v1/decisions/{decisionId}/outcome`), not the recommendation: it states the "
					+ "decision, the reasons written for the citizen on the rows that support it, their legal "
					+ "basis on the legal date, what the person can do, and how to object (UU 30/2014 Pasal "
					+ "75-78). It never names referrals, indicators, testimony, a third person, the person's "
					+ "name or NIK. HTML or an A4 PDF to print, from one template; Bahasa Indonesia (the "
					+ "official text) or English.")
	@Parameter(name = "lang", description = "`id` (default) or `en`")
	@Parameter(name = "format", description = "`html` (default) or `pdf`")
	@ApiResponse(responseCode = "200", description = "The notice",
			content = { @Content(mediaType = "text/html", schema = @Schema(type = "string")),
					@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "400", description = "`lang` or `format` is not one of the allowed values",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "A caller key asking for another caller's decision",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404",
			description = "No such decision (`decision-not-found`), or its final decision needs no notice "
					+ "(`no-notice`: ISSUE, ALLOW, IN_DEPTH_INTERVIEW, SECONDARY_INSPECTION)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "No outcome is recorded yet (`no-outcome-yet`): the notice states the officer's decision",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<byte[]> notice(@PathVariable String decisionId,
			@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "format", required = false) String format, Principal principal) {
		List<InputProblem> problems = new ArrayList<>();
		NoticeLanguage language = choice("lang", lang, NoticeLanguage.ID, problems);
		NoticeFormat form = choice("format", format, NoticeFormat.HTML, problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		LoggedDecision logged = this.log.read(decisionId, Requester.of(principal), AccessLog.NOTICE);
		OfficerOutcome outcome = this.log.outcomeOf(decisionId).orElseThrow(NoOutcomeYetException::new);
		Notice notice = this.composer.compose(logged, outcome, language);
		byte[] body = (form == NoticeFormat.PDF) ? this.renderer.pdf(notice)
				: this.renderer.html(notice).getBytes(StandardCharsets.UTF_8);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(form.mediaType())
			.header(HttpHeaders.CONTENT_LANGUAGE, language.code());
		if (form == NoticeFormat.PDF) {
			answer.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("notice-" + decisionId + "-" + language.code() + ".pdf")
						.build()
						.toString());
		}
		else {
			answer.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		}
		return answer.body(body);
	}

	private static <E extends Enum<E>> E choice(String name, String value, E otherwise, List<InputProblem> problems) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		for (E constant : otherwise.getDeclaringClass().getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		problems.add(new InputProblem(name,
				"must be one of " + String.join(", ",
						Arrays.stream(otherwise.getDeclaringClass().getEnumConstants())
							.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
							.toList())));
		return otherwise;
	}

}
