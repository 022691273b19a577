package id.imigrasi.decisions.service.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.engine.RulesetInfo;

/** Which rules answer decisions now (SPEC 8). */
@RestController
@Tag(name = "ruleset", description = "The decision tables in force")
class RulesetController {

	private final ActiveRuleset active;

	RulesetController(ActiveRuleset active) {
		this.active = active;
	}

	@GetMapping(path = "/api/v1/ruleset", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The active ruleset: version, sha256 over its workbooks, tables and rows per table")
	ActiveRulesetAnswer activeRuleset() {
		RulesetInfo info = this.active.engine().ruleset().info();
		return new ActiveRulesetAnswer(info.version(), info.sha256(), RulesetVersion.Table.of(info));
	}

	/** The active version, the hash of its workbooks and its tables (SPEC 8). */
	record ActiveRulesetAnswer(String version, String sha256, List<RulesetVersion.Table> tables) {
	}

}
