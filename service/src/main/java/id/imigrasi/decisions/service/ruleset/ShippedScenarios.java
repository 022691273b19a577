package id.imigrasi.decisions.service.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The trainers' scenario packs built into the jar (from {@code test-scenarios/}): what
 * gates a new ruleset that comes without packs of its own.
 */
public final class ShippedScenarios {

	static final String ROOT = "scenarios/";

	private ShippedScenarios() {
	}

	/** Every shipped pack by its path under {@code test-scenarios/}. */
	public static Map<String, byte[]> read() {
		Map<String, byte[]> packs = new TreeMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + ROOT + "**/*.yaml");
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
				try (InputStream in = resource.getInputStream()) {
					packs.put(name, in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shipped scenario packs", ex);
		}
		return packs;
	}

}
