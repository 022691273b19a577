package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * What the engine's internals provide to its public types. Found once with Java's
 * {@link ServiceLoader}, so that the public types depend on no implementation class and
 * the wall between them runs one way: {@code engine.internal} uses this package, never
 * the other way round (EngineArchitectureTest). Not for use outside the engine: call
 * {@link Ruleset}, {@link DecisionEngine} and {@link Validator}.
 */
public interface EngineServices {

	Ruleset embedded() throws RulesetException;

	Ruleset compile(String version, Map<String, byte[]> workbooks, WorkbookLimits limits) throws RulesetException;

	List<Problem> checkLimits(Map<String, byte[]> workbooks, WorkbookLimits limits);

	ValidationReport validate(Map<String, byte[]> workbooks, Set<String> ruleIdsReachedByScenarios);

	ValidationReport checkWithoutCompiling(Map<String, byte[]> workbooks);

	Map<String, byte[]> tidy(Map<String, byte[]> workbooks) throws java.io.IOException;

	PropertyReport checkProperties(Ruleset ruleset, Map<String, byte[]> propertyFiles, java.time.Duration budget);

	List<Problem> readProperties(Map<String, byte[]> propertyFiles);

	/** The implementation on the class path. */
	static EngineServices get() {
		return Holder.SERVICES;
	}

	/** Loads the implementation once, on first use. */
	final class Holder {

		static final EngineServices SERVICES = ServiceLoader
			.load(EngineServices.class, EngineServices.class.getClassLoader())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No engine implementation on the class path"));

		private Holder() {
		}

	}

}
