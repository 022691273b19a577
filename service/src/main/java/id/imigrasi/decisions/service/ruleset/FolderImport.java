package id.imigrasi.decisions.service.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * Moves the folder store of earlier releases ({@code <data-dir>/rulesets/}: one folder
 * per version, {@code activations.jsonl}, the {@code active} pointer) into the database
 * once, at the first start of this release: the kept versions (decisions name them, so
 * replays need them), and the activation history and pointer when the database has none
 * yet. The folder is then renamed {@code rulesets.imported} (or {@code .imported-2}…) and
 * left as it was.
 */
final class FolderImport {

	private static final Logger log = LoggerFactory.getLogger(FolderImport.class);

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private FolderImport() {
	}

	static void once(Path root, RulesetStore store, RulesetInfo builtin) {
		if (!Files.isDirectory(root)) {
			return;
		}
		Map<String, String> shas = new HashMap<>();
		shas.put(builtin.version(), builtin.sha256());
		int versions = 0;
		int activations = 0;
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
				Path meta = dir.resolve("version.json");
				if (dir.getFileName().toString().startsWith(".") || !Files.isRegularFile(meta)) {
					continue;
				}
				RulesetVersion version = JSON.readValue(meta.toFile(), RulesetVersion.class);
				shas.put(version.version(), version.sha256());
				if (!store.exists(version.version())) {
					store.keep(version, readAll(dir.resolve("workbooks")), readAll(dir.resolve("scenarios")));
					versions++;
				}
			}
			Path history = root.resolve("activations.jsonl");
			if (store.activations().isEmpty() && Files.isRegularFile(history)) {
				for (String line : Files.readAllLines(history, StandardCharsets.UTF_8)) {
					if (line.isBlank()) {
						continue;
					}
					Map<String, String> activation = JSON.readerForMapOf(String.class).readValue(line);
					String sha = shas.get(activation.get("version"));
					if (sha != null) {
						store.importActivation(activation.get("version"), sha, activation.get("by"),
								Instant.parse(activation.get("at")));
						activations++;
					}
				}
				store.importPointer();
			}
			Files.move(root, importedName(root));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot import the kept rulesets of " + root, ex);
		}
		log.info("Imported {} kept ruleset version(s) and {} activation(s) from {} into the database", versions,
				activations, root);
	}

	/**
	 * {@code rulesets.imported}, or {@code rulesets.imported-2}, {@code -3}… when an
	 * earlier import left one: a folder store found again (an older release started on
	 * the same data folder) must not stop the service from starting.
	 */
	private static Path importedName(Path root) {
		Path target = root.resolveSibling(root.getFileName() + ".imported");
		for (int n = 2; Files.exists(target); n++) {
			target = root.resolveSibling(root.getFileName() + ".imported-" + n);
		}
		return target;
	}

	private static Map<String, byte[]> readAll(Path dir) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> paths = Files.list(dir)) {
				for (Path path : paths.sorted().toList()) {
					files.put(path.getFileName().toString(), Files.readAllBytes(path));
				}
			}
		}
		return files;
	}

}
