package id.imigrasi.decisions.service.validation;

import java.nio.file.Path;
import java.util.Set;

/**
 * The rule IDs the scenarios of a folder reach, for the coverage check. The scenario
 * runner (package {@code id.imigrasi.decisions.service.scenario}) provides it; until it
 * is wired in, {@link #NONE} says coverage cannot be checked.
 */
@FunctionalInterface
public interface ScenarioCoverage {

	/** No scenario support: coverage is skipped. */
	ScenarioCoverage NONE = (folder) -> null;

	/**
	 * @param scenarios a folder of scenario packs ({@code test-scenarios/})
	 * @return the rule IDs at least one scenario reaches, or {@code null} if not known
	 */
	Set<String> ruleIdsReached(Path scenarios) throws Exception;

}
