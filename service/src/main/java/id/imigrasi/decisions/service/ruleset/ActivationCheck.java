package id.imigrasi.decisions.service.ruleset;

import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.Ruleset;

/**
 * One gate a new ruleset passes before it may answer decisions: after it compiled, before
 * the swap. A problem of severity ERROR refuses the version; warnings are reported and
 * kept. Other features add gates by implementing this (the scenario packs do).
 */
public interface ActivationCheck {

	/**
	 * @param candidate the compiled new version
	 * @param upload what was uploaded
	 * @param gatingPacks the scenario packs that gate it, by file name
	 */
	List<Problem> check(Ruleset candidate, Upload upload, Map<String, byte[]> gatingPacks);

}
