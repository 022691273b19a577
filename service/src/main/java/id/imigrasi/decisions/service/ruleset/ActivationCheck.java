package id.imigrasi.decisions.service.ruleset;

import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetProblem;

/**
 * One gate a new ruleset passes before it may answer decisions: after it compiled, before
 * the swap. A problem of severity ERROR refuses the version; warnings are reported and
 * kept.
 */
public interface ActivationCheck {

	/**
	 * @param candidate the compiled new version
	 * @param workbooks its workbooks by file name
	 * @param scenarios the scenario packs that gate it (uploaded with it, or the current
	 * ones), by file name
	 */
	List<RulesetProblem> check(Ruleset candidate, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios);

}
