package id.imigrasi.decisions.service.scenario;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;

/** Where the tests find the packs and fixtures, and the one engine they share. */
final class TestFolders {

	private static DecisionEngine engine;

	private TestFolders() {
	}

	/**
	 * The repository's {@code test-scenarios/}: Maven runs tests in the module folder, an
	 * IDE may run them from the repository root.
	 */
	static Path packs() {
		for (Path candidate : new Path[] { Path.of("../test-scenarios"), Path.of("test-scenarios") }) {
			if (Files.isDirectory(candidate)) {
				return candidate.normalize();
			}
		}
		throw new IllegalStateException("test-scenarios/ not found from " + Path.of("").toAbsolutePath());
	}

	/** A fixture folder under src/test/resources. */
	static Path fixture(String name) {
		try {
			return Path.of(TestFolders.class.getResource("/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One compiled ruleset for all scenario tests: compiling is the slow part. */
	static synchronized DecisionEngine engine() {
		if (engine == null) {
			try {
				engine = new DecisionEngine(Ruleset.embedded());
			}
			catch (RulesetException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return engine;
	}

}
