package id.imigrasi.decisions.service.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.ruleset.ShippedScenarios;
import id.imigrasi.decisions.service.scenario.HtmlReport;
import id.imigrasi.decisions.service.scenario.ScenarioResult;
import id.imigrasi.decisions.service.scenario.ScenarioRun;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;

/**
 * Scenarios (everyone): the packs shipped in the jar, or packs a trainer uploads, run on
 * the active ruleset by the trainers' own runner; the same report as the
 * {@code scenarios} command, coverage per row included, on the page or as the command's
 * self-contained HTML file.
 */
@Controller
@RequestMapping("/console/scenarios")
class ConsoleScenariosController {

	static final String SHIPPED = "shipped";

	private static final Pattern PACK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,122}\\.ya?ml");

	private final ActiveRuleset active;

	ConsoleScenariosController(ActiveRuleset active) {
		this.active = active;
	}

	@GetMapping
	String page() {
		return "console/scenarios";
	}

	/**
	 * Runs the shipped packs ({@code source=shipped}) or the uploaded ones; answers the
	 * page, or with {@code format=html} the command's HTML report as a download.
	 */
	@PostMapping("/run")
	Object run(@RequestParam(defaultValue = SHIPPED) String source,
			@RequestParam(name = "pack", required = false) List<MultipartFile> uploaded,
			@RequestParam(defaultValue = "page") String format, Model model) throws IOException {
		Map<String, byte[]> packs;
		String name;
		if (SHIPPED.equals(source)) {
			packs = ShippedScenarios.read();
			name = "test-scenarios/ (bawaan / shipped)";
		}
		else {
			packs = new TreeMap<>();
			for (MultipartFile part : (uploaded != null) ? uploaded : List.<MultipartFile>of()) {
				String file = (part.getOriginalFilename() != null) ? part.getOriginalFilename() : "";
				if (part.isEmpty() && file.isEmpty()) {
					continue;
				}
				if (!PACK_NAME.matcher(file).matches()) {
					model.addAttribute("badPack", true);
					return "console/scenarios";
				}
				packs.put(file, part.getBytes());
			}
			if (packs.isEmpty()) {
				model.addAttribute("noPack", true);
				return "console/scenarios";
			}
			name = String.join(", ", packs.keySet());
		}
		ScenarioRun run = new ScenarioRunner(this.active.engine()).runAll(name, packs);
		if ("html".equals(format)) {
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("laporan-skenario.html").build().toString())
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body(HtmlReport.render(run));
		}
		model.addAttribute("run", run);
		model.addAttribute("source", source);
		model.addAttribute("rows", run.results().stream().map(Row::of).toList());
		return "console/scenarios";
	}

	/**
	 * One scenario's result as the page lists it.
	 *
	 * @param answer the decision on the active ruleset, in the API's shape
	 */
	record Row(ScenarioResult result, String where, List<String> mismatches, DecisionAnswer answer) {

		static Row of(ScenarioResult result) {
			return new Row(result, result.scenario().file() + ":" + result.scenario().line(),
					result.mismatches().stream().map(Object::toString).toList(), DecisionAnswer.of(result.decision()));
		}

	}

}
