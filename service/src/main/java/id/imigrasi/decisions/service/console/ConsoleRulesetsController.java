package id.imigrasi.decisions.service.console;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.service.impact.ImpactReport;
import id.imigrasi.decisions.service.ruleset.Assessment;
import id.imigrasi.decisions.service.ruleset.ProblemAnswer;
import id.imigrasi.decisions.service.ruleset.RulesetLifecycle;
import id.imigrasi.decisions.service.ruleset.RulesetRejectedException;
import id.imigrasi.decisions.service.ruleset.RulesetRejectedException.PropertyViolation;
import id.imigrasi.decisions.service.ruleset.RulesetVersion;
import id.imigrasi.decisions.service.ruleset.Upload;
import id.imigrasi.decisions.service.ruleset.UploadAnswer;
import id.imigrasi.decisions.service.ruleset.UploadImpact;
import id.imigrasi.decisions.service.system.Requester;

/**
 * Rulesets (admins): drop the complete set of workbooks with a version and a comment,
 * check it (assessed by the lifecycle exactly as an upload is, nothing kept, with the
 * impact report of issue 16), then activate it; roll back or forward from the list of
 * versions with who did what when. A refused set is listed problem by problem, each at
 * its cell in both languages, and changes nothing: the active version stays, the checked
 * set stays in the session to activate once fixed gates allow.
 */
@Controller
@RequestMapping("/console/rulesets")
class ConsoleRulesetsController {

	/** The most problems a refused set lists on the page. */
	static final int SHOWN = 50;

	private final RulesetLifecycle lifecycle;

	private final ObjectProvider<UploadImpact> impacts;

	ConsoleRulesetsController(RulesetLifecycle lifecycle, ObjectProvider<UploadImpact> impacts) {
		this.lifecycle = lifecycle;
		this.impacts = impacts;
	}

	@GetMapping
	String page(HttpSession session, Model model) {
		return page(session, model, null);
	}

	/**
	 * Checks a set as an upload would, keeping and activating nothing: the lifecycle's
	 * one assessment (screening, compile, every gate, the properties of the law), then
	 * the impact report of the candidate where the service has the impact feature, for a
	 * set the gates refuse too (what it would have changed is part of why).
	 */
	@PostMapping("/check")
	String check(@RequestParam(name = "workbook", required = false) List<MultipartFile> workbookParts,
			@RequestParam(name = "scenario", required = false) List<MultipartFile> scenarioParts,
			@RequestParam(name = "property", required = false) List<MultipartFile> propertyParts,
			@RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String comment,
			@RequestParam(defaultValue = "false") boolean allowUncovered, Principal principal, HttpSession session,
			Model model) throws IOException {
		session.removeAttribute(Candidate.SESSION_KEY);
		model.addAttribute("checkedVersion", version.strip());
		model.addAttribute("comment", comment);
		model.addAttribute("allowUncovered", allowUncovered);
		List<Problem> problems = new ArrayList<>();
		Candidate candidate = new Candidate(version.strip(), comment.isBlank() ? null : comment,
				files("workbook", workbookParts, problems), files("scenario", scenarioParts, problems),
				files("property", propertyParts, problems), allowUncovered);
		if (!problems.isEmpty()) {
			refused(problems, model);
			return page(session, model, null);
		}
		Upload upload = candidate.upload(Requester.of(principal).label());
		Assessment assessment;
		try {
			assessment = this.lifecycle.assess(upload);
		}
		catch (RulesetRejectedException ex) {
			// Refused before anything could be evaluated: screening, or no compile.
			refused(ex, model);
			return page(session, model, null);
		}
		model.addAttribute("impact", impact(assessment, upload));
		if (!assessment.accepted()) {
			refused(assessment.problems(), model);
			if (!assessment.properties().counterexamples().isEmpty()) {
				model.addAttribute("violations",
						assessment.properties().counterexamples().stream().map(PropertyViolation::of).toList());
			}
			return page(session, model, null);
		}
		model.addAttribute("warnings", answers(assessment.problems()));
		session.setAttribute(Candidate.SESSION_KEY, candidate);
		return page(session, model, null);
	}

	/**
	 * The impact report the impact feature offers for an assessed candidate; null without
	 * the feature, and {@link ImpactSlot#missing} when it could not read the log.
	 */
	private ImpactSlot impact(Assessment assessment, Upload upload) {
		UploadImpact feature = this.impacts.getIfAvailable();
		if (feature == null) {
			return null;
		}
		Object report = feature.of(assessment, upload);
		return new ImpactSlot((report instanceof ImpactReport impact) ? impact : null);
	}

	/**
	 * The impact report's slot on the page.
	 *
	 * @param report the report, or null when the decision log could not be read
	 */
	record ImpactSlot(ImpactReport report) {

		public boolean missing() {
			return this.report == null;
		}

	}

	/**
	 * The parts of one kind by file name; two of one name are refused here, where they
	 * are still two.
	 */
	private static Map<String, byte[]> files(String kind, List<MultipartFile> parts, List<Problem> problems)
			throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		for (MultipartFile part : (parts != null) ? parts : List.<MultipartFile>of()) {
			String name = (part.getOriginalFilename() != null) ? part.getOriginalFilename() : "";
			if (part.isEmpty() && name.isEmpty()) {
				continue;
			}
			if (files.put(name, part.getBytes()) != null) {
				problems.add(Problem.error(ProblemCode.BAD_FILE_NAME, kind,
						"Two files have the same name; drop each file once.",
						"Dua berkas bernama sama; letakkan setiap berkas sekali."));
			}
		}
		return files;
	}

	/**
	 * Every problem of a refused set, and each broken property of the law with its case
	 * as a ready-to-run scenario.
	 */
	private static void refused(RulesetRejectedException ex, Model model) {
		refused(ex.problems(), model);
		if (ex.properties().get("propertyViolations") instanceof List<?> violations) {
			model.addAttribute("violations", violations);
		}
	}

	/** Uploads the checked set as a new version and makes it active. */
	@PostMapping("/activate-candidate")
	String activateCandidate(Principal principal, HttpSession session, Model model) {
		Candidate candidate = (Candidate) session.getAttribute(Candidate.SESSION_KEY);
		if (candidate == null) {
			model.addAttribute("noCandidate", true);
			return page(session, model, null);
		}
		try {
			UploadAnswer answer = this.lifecycle.upload(candidate.upload(Requester.of(principal).label()));
			session.removeAttribute(Candidate.SESSION_KEY);
			return page(session, model, answer.version().version());
		}
		catch (RulesetRejectedException ex) {
			refused(ex, model);
			return page(session, model, null);
		}
	}

	@PostMapping("/discard")
	String discard(HttpSession session) {
		session.removeAttribute(Candidate.SESSION_KEY);
		return "redirect:/console/rulesets";
	}

	/** Makes a kept version active again: a rollback, or forward again. */
	@PostMapping("/{version}/activate")
	String activate(@PathVariable String version, Principal principal, HttpSession session, Model model) {
		RulesetVersion activated = this.lifecycle.activate(version, Requester.of(principal).label());
		return page(session, model, activated.version());
	}

	private String page(HttpSession session, Model model, String activated) {
		List<RulesetVersion> versions = new ArrayList<>(this.lifecycle.versions());
		// Newest first, the built-in version last: the one to roll back to is near the
		// top.
		RulesetVersion builtin = versions.remove(0);
		versions.sort((a, b) -> b.uploadedAt().compareTo(a.uploadedAt()));
		versions.add(builtin);
		model.addAttribute("versions", versions);
		// The header's active version again: an activation may have changed it since.
		versions.stream()
			.filter(RulesetVersion::active)
			.findFirst()
			.ifPresent((version) -> model.addAttribute("activeVersion", version.version()));
		model.addAttribute("candidate", session.getAttribute(Candidate.SESSION_KEY));
		model.addAttribute("activated", activated);
		return "console/rulesets";
	}

	/**
	 * The first {@value #SHOWN} problems, errors first as the gates give them, and how
	 * many more: a half set can fail every pack.
	 */
	private static void refused(List<Problem> problems, Model model) {
		List<ProblemAnswer> all = answers(problems);
		model.addAttribute("refused", all.subList(0, Math.min(all.size(), SHOWN)));
		model.addAttribute("refusedMore", Math.max(0, all.size() - SHOWN));
	}

	private static List<ProblemAnswer> answers(List<Problem> problems) {
		return problems.stream().map(ProblemAnswer::of).toList();
	}

}
