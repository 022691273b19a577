package id.imigrasi.decisions.service.console;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.imigrasi.decisions.service.audit.AccessLog;
import id.imigrasi.decisions.service.audit.DecisionLog;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.audit.Replay;
import id.imigrasi.decisions.service.audit.ReplayResult;
import id.imigrasi.decisions.service.audit.SearchRequest;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.contract.InvalidRequestException;
import id.imigrasi.decisions.service.system.Requester;

/**
 * Decisions (auditors, admins): a person's decisions found by NIK with a stated purpose,
 * one decision as it was answered with the officer's outcome, its replay on its own
 * ruleset version, and the citizen's notice to print. Every read goes through the
 * decision log, which checks who may read and logs the read (the search with its purpose)
 * before anything is shown. The NIK travels in a form body only, never in a URL.
 */
@Controller
@RequestMapping("/console/decisions")
class ConsoleDecisionsController {

	/** The citizen's notice (SPEC 8.1), reached by its contract. */
	static final String NOTICE = "/api/v1/decisions/%s/notice?lang=%s&format=%s";

	private static final Pattern DECISION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private final DecisionLog log;

	private final Replay replay;

	private final ObjectMapper json;

	ConsoleDecisionsController(DecisionLog log, Replay replay, ObjectMapper json) {
		this.log = log;
		this.replay = replay;
		this.json = json;
	}

	@GetMapping
	String searchPage() {
		return "console/decisions";
	}

	@PostMapping("/search")
	String search(@RequestParam(defaultValue = "") String nik, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String purpose,
			Principal principal, Model model) {
		ObjectNode body = this.json.createObjectNode();
		body.put("nik", nik.strip());
		if (!from.isBlank()) {
			body.put("from", from.strip());
		}
		if (!to.isBlank()) {
			body.put("to", to.strip());
		}
		model.addAttribute("purpose", purpose);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			SearchRequest search = SearchRequest.read(body, purpose);
			List<LoggedDecision> found = this.log.search(search, Requester.of(principal));
			model.addAttribute("found", found);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "console/decisions";
	}

	@GetMapping("/{decisionId}")
	String decision(@PathVariable String decisionId, Principal principal, Model model) throws IOException {
		LoggedDecision logged = this.log.read(decisionId, Requester.of(principal), AccessLog.READ);
		return decisionPage(logged, model);
	}

	@PostMapping("/{decisionId}/replay")
	String replay(@PathVariable String decisionId, Principal principal, Model model) throws IOException {
		LoggedDecision logged = this.log.read(decisionId, Requester.of(principal), AccessLog.REPLAY);
		ReplayResult result = this.replay.of(logged);
		model.addAttribute("replay", result);
		model.addAttribute("replayed", this.json.treeToValue(result.replayed(), DecisionAnswer.class));
		return decisionPage(logged, model);
	}

	/**
	 * The citizen's notice, as the API answers it to this key: the page to print (or the
	 * PDF) when there is one, else why not, on a console page.
	 */
	@GetMapping("/{decisionId}/notice/{lang}/{format}")
	Object notice(@PathVariable String decisionId, @PathVariable String lang, @PathVariable String format,
			HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException, ServletException {
		if (!DECISION_ID.matcher(decisionId).matches() || !List.of("id", "en").contains(lang)
				|| !List.of("html", "pdf").contains(format)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("noticeStatus", 404);
			return "console/notice";
		}
		InProcess.Answer answer = InProcess.call(request, response, NOTICE.formatted(decisionId, lang, format));
		if (answer.ok()) {
			return answer.entity();
		}
		response.setStatus(answer.served() ? answer.status() : HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("decisionId", decisionId);
		model.addAttribute("noticeStatus", answer.served() ? answer.status() : 0);
		model.addAttribute("detail", detail(answer));
		return "console/notice";
	}

	private String decisionPage(LoggedDecision logged, Model model) throws IOException {
		model.addAttribute("logged", logged);
		model.addAttribute("answer", this.json.readValue(logged.decision(), DecisionAnswer.class));
		model.addAttribute("outcome", this.log.outcomeOf(logged.decisionId()).orElse(null));
		return "console/decision";
	}

	/** The problem's own sentence, if the endpoint answered one. */
	private String detail(InProcess.Answer answer) {
		try {
			return this.json.readTree(answer.body()).path("detail").asText(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
