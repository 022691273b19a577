package id.imigrasi.decisions.service.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.system.InputProblem;

/**
 * Try a case (everyone): the form of a service's request, filled in from an example or a
 * scenario, read by the API's strict reader and evaluated on the active ruleset; the
 * answer as an officer reads it. A try is not a decision about a person: it is not kept
 * in the decision log and counts in no statistics, as a scenario run is not. "Save as
 * scenario" gives the case as a pack of one, expectations included.
 */
@Controller
@RequestMapping("/console/try")
class ConsoleTryController {

	private final RequestReader reader;

	private final ActiveRuleset active;

	private final CasePrefill prefill;

	private final Clock clock;

	private final MessageSource messages;

	ConsoleTryController(Clock clock, ActiveRuleset active, CasePrefill prefill, MessageSource messages) {
		this.reader = new RequestReader(clock);
		this.active = active;
		this.prefill = prefill;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	String form(@RequestParam(defaultValue = "departure") String service,
			@RequestParam(defaultValue = CasePrefill.EXAMPLE) String prefill, Model model, Locale locale) {
		DecisionService chosen = service(service);
		JsonNode request = this.prefill.find(chosen, prefill)
			.map(CasePrefill.Option::request)
			.orElseGet(() -> this.prefill.example(chosen));
		page(chosen, prefill, CaseForm.values(CaseForm.of(chosen.requestType()), request), List.of(), model, locale);
		return "console/try";
	}

	@PostMapping
	String evaluate(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
		DecisionService service = service(form.getFirst("service"));
		Tried tried = read(service, form);
		page(service, form.getFirst("prefill"), form, tried.read().problems(), model, locale);
		if (tried.decision() != null) {
			model.addAttribute("answer", DecisionAnswer.of(tried.decision()));
		}
		return "console/try";
	}

	/**
	 * The case as a scenario pack of one: evaluated again, so the expectations are what
	 * the active ruleset decides for exactly these values.
	 */
	@PostMapping("/scenario")
	Object saveAsScenario(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
		DecisionService service = service(form.getFirst("service"));
		Tried tried = read(service, form);
		if (tried.decision() == null) {
			page(service, form.getFirst("prefill"), form, tried.read().problems(), model, locale);
			return "console/try";
		}
		String id = text(form.getFirst("scenarioId"), defaultId(service, tried.decision()));
		String title = text(form.getFirst("scenarioTitle"),
				"Kasus dari konsol: " + tried.decision().recommendation() + " pada " + tried.decision().legalDate());
		String story = text(form.getFirst("scenarioStory"), "Kasus yang dicoba di konsol; tuliskan ceritanya di sini.");
		String yaml = ScenarioYaml.write(id, title, story, service, tried.body(), tried.decision());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ScenarioYaml.fileName(id)).build().toString())
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.body(yaml);
	}

	private record Tried(ObjectNode body, ReadResult read, Decision decision) {
	}

	private Tried read(DecisionService service, Map<String, List<String>> form) {
		ObjectNode body = CaseForm.toJson(CaseForm.of(service.requestType()), form);
		ReadResult read = this.reader.read(service, body);
		return new Tried(body, read, read.valid() ? read.evaluate(this.active.engine()) : null);
	}

	private void page(DecisionService service, String prefill, Map<String, List<String>> values,
			List<InputProblem> problems, Model model, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (InputProblem problem : problems) {
			byField.computeIfAbsent(CaseForm.fieldOf(problem.path()), (f) -> new ArrayList<>()).add(problem.message());
		}
		model.addAttribute("services", DecisionService.values());
		model.addAttribute("service", service);
		model.addAttribute("fields",
				FieldView.of(CaseForm.of(service.requestType()), values, byField, this.messages, locale));
		model.addAttribute("problems", problems);
		model.addAttribute("options", this.prefill.options(service));
		model.addAttribute("prefill", (prefill != null) ? prefill : CasePrefill.EXAMPLE);
		model.addAttribute("today", LocalDate.now(this.clock));
	}

	private static DecisionService service(String path) {
		for (DecisionService service : DecisionService.values()) {
			if (service.path().equals(path)) {
				return service;
			}
		}
		return DecisionService.DEPARTURE;
	}

	private static String defaultId(DecisionService service, Decision decision) {
		String prefix = (service == DecisionService.DEPARTURE) ? "KONSOL-DEP-" : "KONSOL-PA-";
		return prefix + decision.legalDate() + "-" + decision.decisionId().substring(0, 8).toUpperCase();
	}

	private static String text(String given, String otherwise) {
		return (given == null || given.isBlank()) ? otherwise : given.strip();
	}

}
