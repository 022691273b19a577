package id.imigrasi.decisions.engine;

import java.util.Map;
import java.util.Set;

/**
 * Checks a complete set of decision-table workbooks and reports every problem at once,
 * each at its cell: policy staff's {@code validate} command, the build's check of the
 * committed tables, and every upload.
 *
 * <p>
 * Overlaps, unreachable rows and gaps come from an exact analysis of the cell values
 * rather than from {@code drools-verifier-drl} (legacy, noisy, about DRL not cells) or
 * {@code kie-dmn-validation} (DMN only): the conditions are enums, yes/no facts and age
 * thresholds over one fact model, so the cases that matter are few enough to enumerate,
 * and every finding comes with a concrete example case.
 */
public final class Validator {

	private Validator() {
	}

	/**
	 * Every check: structure, values, Drools compile errors, non-discrimination, overlap,
	 * reachability, gaps and, if scenario results are given, coverage. A set past the
	 * {@linkplain WorkbookLimits#defaults() default limits} is reported as such and not
	 * read further.
	 * @param workbooks file name to bytes: the rule tables ({@code *.drl.xlsx}) and
	 * {@code lists.xlsx}
	 * @param ruleIdsReachedByScenarios the rule IDs the scenario packs reach;
	 * {@code null} skips the coverage check
	 */
	public static ValidationReport validate(Map<String, byte[]> workbooks, Set<String> ruleIdsReachedByScenarios) {
		return EngineServices.get().validate(workbooks, ruleIdsReachedByScenarios);
	}

	/**
	 * The checks that need neither Drools nor the analysis: what makes a ruleset
	 * unusable, in the same words as {@link #validate}.
	 */
	public static ValidationReport checkWithoutCompiling(Map<String, byte[]> workbooks) {
		return EngineServices.get().checkWithoutCompiling(workbooks);
	}

}
