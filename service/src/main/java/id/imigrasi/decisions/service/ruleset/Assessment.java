package id.imigrasi.decisions.service.ruleset;

import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.Ruleset;

/**
 * A candidate version checked exactly as an upload checks it, before anything is kept or
 * activated: what {@link RulesetLifecycle#assess} found, and what an upload then decides
 * on.
 *
 * @param candidate the compiled candidate
 * @param problems every problem of the gates (the complete set, every
 * {@link ActivationCheck}, the properties of the law), errors and warnings
 * @param properties the result of every property of the law on the candidate
 * @param gatingPacks the scenario packs that gated it, by path (shipped, then uploaded
 * under {@code upload/})
 */
public record Assessment(Ruleset candidate, List<Problem> problems, PropertyReport properties,
		Map<String, byte[]> gatingPacks) {

	public Assessment {
		problems = List.copyOf(problems);
		gatingPacks = Map.copyOf(gatingPacks);
	}

	/** Whether an upload of this candidate would be activated: no error anywhere. */
	public boolean accepted() {
		return this.problems.stream().noneMatch(Problem::isError);
	}

}
