package id.imigrasi.decisions.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The properties every ruleset must keep (SPEC 2.7), checked over the whole case space
 * rather than by examples: the six shipped in the engine (P-FAIR, P-MINOR, P-IMMEDIATE,
 * P-MANDATORY, P-CITED, P-MONOTONE), which no upload can switch off, and those policy
 * staff add as YAML beside the scenario packs or with an upload, which add to them and
 * never replace them. Each violation comes with the smallest case that breaks it, run
 * through the engine and written as a ready-to-run scenario. The form and what the search
 * covers are in {@code docs/properties.md}.
 */
public final class Properties {

	private Properties() {
	}

	/**
	 * Checks the shipped properties and the given ones on a ruleset.
	 * @param propertyFiles more properties, YAML by file name (may be empty)
	 * @param budget the time the whole check may take; a property not decided in time is
	 * reported as undecided, an error
	 */
	public static PropertyReport check(Ruleset ruleset, Map<String, byte[]> propertyFiles, Duration budget) {
		return EngineServices.get().checkProperties(ruleset, propertyFiles, budget);
	}

	/** What is wrong with property files, without checking them; empty when they read. */
	public static List<Problem> read(Map<String, byte[]> propertyFiles) {
		return EngineServices.get().readProperties(propertyFiles);
	}

}
