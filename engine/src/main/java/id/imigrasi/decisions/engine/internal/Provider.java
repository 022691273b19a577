package id.imigrasi.decisions.engine.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.imigrasi.decisions.engine.EngineServices;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.WorkbookLimits;
import id.imigrasi.decisions.engine.internal.properties.PropertyChecker;
import id.imigrasi.decisions.engine.internal.tables.WorkbookScan;
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
	public Ruleset compile(String version, Map<String, byte[]> workbooks, WorkbookLimits limits)
			throws RulesetException {
		List<Problem> tooLarge = WorkbookScan.check(workbooks, limits);
		if (!tooLarge.isEmpty()) {
			throw new RulesetException(tooLarge);
		}
		return CompileDeadline.within(limits.compileTime(), version, () -> RulesetBuilder.compile(version, workbooks));
	}

	@Override
	public List<Problem> checkLimits(Map<String, byte[]> workbooks, WorkbookLimits limits) {
		return WorkbookScan.check(workbooks, limits);
	}

	@Override
	public ValidationReport validate(Map<String, byte[]> workbooks, Set<String> ruleIdsReachedByScenarios) {
		List<Problem> tooLarge = WorkbookScan.check(workbooks, WorkbookLimits.defaults());
		return tooLarge.isEmpty() ? WorkbookValidator.validate(workbooks, ruleIdsReachedByScenarios)
				: new ValidationReport(tooLarge, List.of());
	}

	@Override
	public Map<String, byte[]> tidy(Map<String, byte[]> workbooks) throws java.io.IOException {
		return id.imigrasi.decisions.engine.internal.tidy.WorkbookTidier.tidy(workbooks);
	}

	@Override
	public ValidationReport checkWithoutCompiling(Map<String, byte[]> workbooks) {
		List<Problem> tooLarge = WorkbookScan.check(workbooks, WorkbookLimits.defaults());
		return tooLarge.isEmpty() ? WorkbookValidator.checkWithoutCompiling(workbooks)
				: new ValidationReport(tooLarge, List.of());
	}

	@Override
	public PropertyReport checkProperties(Ruleset ruleset, Map<String, byte[]> propertyFiles, Duration budget) {
		return PropertyChecker.check(ruleset, propertyFiles, budget);
	}

	@Override
	public List<Problem> readProperties(Map<String, byte[]> propertyFiles) {
		return PropertyChecker.read(propertyFiles);
	}

}
