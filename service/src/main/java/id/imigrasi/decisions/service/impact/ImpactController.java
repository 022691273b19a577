package id.imigrasi.decisions.service.impact;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.imigrasi.decisions.service.ruleset.Assessment;
import id.imigrasi.decisions.service.ruleset.RulesetLifecycle;
import id.imigrasi.decisions.service.ruleset.Upload;
import id.imigrasi.decisions.service.ruleset.UploadParts;
import id.imigrasi.decisions.service.system.ProblemException;
import id.imigrasi.decisions.service.system.Requester;

/**
 * {@code POST /api/v1/rulesets/impact} (SPEC 8.1, admin): the same multipart as an
 * upload, screened, compiled and gated by the lifecycle exactly as an upload is, then
 * answered with its impact on the decisions of the last {@code days} days. Activates
 * nothing and keeps nothing; a candidate the gates would refuse is still answered (200),
 * with the gate's verdict in the report. Only what an upload would refuse before anything
 * can be evaluated (a bad label or part, a set past the limits or that does not compile)
 * is a 422.
 */
@RestController
@Tag(name = "rulesets", description = "Versions of the decision tables: upload, list, activate, roll back")
class ImpactController {

	private final RulesetLifecycle lifecycle;

	private final CandidateImpact impact;

	ImpactController(RulesetLifecycle lifecycle, CandidateImpact impact) {
		this.lifecycle = lifecycle;
		this.impact = impact;
	}

	@PostMapping(path = "/api/v1/rulesets/impact", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "What a candidate set of workbooks would change, before it goes live: the decisions "
			+ "logged in the last days evaluated again under it, each at its own legal date, against what was "
			+ "answered (a from → to matrix per service, rows that start or stop firing, referral changes, up to 20 "
			+ "decision IDs per change, never personal data), with its scenario and property results and whether "
			+ "an upload would be accepted. Same parts as an upload; activates nothing; logged in the access log")
	ImpactReport impact(@RequestParam("workbook") List<MultipartFile> workbooks,
			@RequestParam("version") String version, @RequestParam(name = "comment", required = false) String comment,
			@RequestParam(name = "scenario", required = false) List<MultipartFile> scenarios,
			@RequestParam(name = "property", required = false) List<MultipartFile> properties,
			@RequestParam(name = "allowUncovered", defaultValue = "false") boolean allowUncovered,
			@Parameter(description = "Read the decisions decided in the last N days (1 to 3660)") @RequestParam(
					name = "days", defaultValue = "" + CandidateImpact.DEFAULT_DAYS) int days,
			Principal who) throws IOException {
		if (days < 1 || days > CandidateImpact.MAX_DAYS) {
			throw new DaysOutOfRangeException();
		}
		Upload upload = new Upload(version, comment, UploadParts.read("workbook", workbooks),
				UploadParts.read("scenario", scenarios), who.getName(), UploadParts.read("property", properties),
				allowUncovered);
		// What an upload refuses before the lock is refused here first, as cheaply.
		this.lifecycle.screen(upload);
		Assessment assessment = this.lifecycle.assess(upload);
		return this.impact.report(assessment, Requester.of(who), days);
	}

	/** {@code days} outside 1 to 3660 (400). */
	static class DaysOutOfRangeException extends ProblemException {

		private static final long serialVersionUID = 1L;

		DaysOutOfRangeException() {
			super(HttpStatus.BAD_REQUEST, "invalid-days", "Invalid period",
					"days is the number of days back to read, from 1 to " + CandidateImpact.MAX_DAYS + ".");
		}

	}

}
