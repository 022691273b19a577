package id.imigrasi.decisions.service.ruleset;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Ruleset administration for policy staff (SPEC 9): upload a complete set of workbooks as
 * a new version, reload the working copy, list versions, activate one (rollback or
 * forward). Writes need an admin key.
 */
@RestController
@Tag(name = "rulesets", description = "Versions of the decision tables: upload, list, activate, roll back")
class RulesetAdminController {

	private final RulesetLifecycle lifecycle;

	RulesetAdminController(RulesetLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@PostMapping(path = "/api/v1/rulesets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Upload the complete set of workbooks as a new version; it is validated, gated by the "
			+ "shipped scenario packs and those uploaded with it, checked against every property of the law "
			+ "(shipped and uploaded), and activated, or refused with 422, every problem and each broken "
			+ "property's counterexample as a scenario; either answer carries the candidate's impact on the "
			+ "decisions of the last 90 days (as POST /api/v1/rulesets/impact answers it)")
	ResponseEntity<UploadAnswer> upload(@RequestParam("workbook") List<MultipartFile> workbooks,
			@RequestParam("version") String version, @RequestParam(name = "comment", required = false) String comment,
			@RequestParam(name = "scenario", required = false) List<MultipartFile> scenarios,
			@RequestParam(name = "property", required = false) List<MultipartFile> properties,
			@RequestParam(name = "allowUncovered", defaultValue = "false") boolean allowUncovered, Principal who)
			throws IOException {
		Upload upload = new Upload(version, comment, UploadParts.read("workbook", workbooks),
				UploadParts.read("scenario", scenarios), who.getName(), UploadParts.read("property", properties),
				allowUncovered);
		// Names, labels and sizes are refused before the lifecycle's lock (issue 20).
		this.lifecycle.screen(upload);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.lifecycle.upload(upload));
	}

	@PostMapping(path = "/api/v1/rulesets/reload", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Read the configured tables folder (decisions.tables-dir) as a new version")
	ResponseEntity<UploadAnswer> reload(@RequestParam("version") String version,
			@RequestParam(name = "comment", required = false) String comment, Principal who) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.lifecycle.reload(version, comment, who.getName()));
	}

	@GetMapping(path = "/api/v1/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every version that can be activated, the active one marked")
	List<RulesetVersion> versions() {
		return this.lifecycle.versions();
	}

	@GetMapping(path = "/api/v1/rulesets/replicas", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The replicas of the service: which version each serves, whether it is ready and why not")
	List<ReplicaAnswer> replicas() {
		return this.lifecycle.replicas();
	}

	@PostMapping(path = "/api/v1/rulesets/{version}/activate", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Make a kept version active again (rollback or forward)")
	RulesetVersion activate(@PathVariable String version, Principal who) {
		return this.lifecycle.activate(version, who.getName());
	}

}
