package id.imigrasi.decisions.engine.internal;

import java.util.Map;
import java.util.Set;

import id.imigrasi.decisions.engine.EngineServices;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.internal.validation.WorkbookValidator;

/**
 * The engine's implementation of its public types, registered in
 * {@code META-INF/services/id.imigrasi.decisions.engine.EngineServices}.
 */
public final class Provider implements EngineServices {

	@Override
	public Ruleset embedded() throws RulesetException {
		return RulesetBuilder.embedded();
	}

	@Override
	public Ruleset compile(String version, Map<String, byte[]> workbooks) throws RulesetException {
		return RulesetBuilder.compile(version, workbooks);
	}

	@Override
	public ValidationReport validate(Map<String, byte[]> workbooks, Set<String> ruleIdsReachedByScenarios) {
		return WorkbookValidator.validate(workbooks, ruleIdsReachedByScenarios);
	}

	@Override
	public Map<String, byte[]> tidy(Map<String, byte[]> workbooks) throws java.io.IOException {
		return id.imigrasi.decisions.engine.internal.tidy.WorkbookTidier.tidy(workbooks);
	}

	@Override
	public ValidationReport checkWithoutCompiling(Map<String, byte[]> workbooks) {
		return WorkbookValidator.checkWithoutCompiling(workbooks);
	}

}
