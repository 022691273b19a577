package id.imigrasi.decisions.service.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Kept ruleset versions under {@code <data-dir>/rulesets/}: one folder per version with
 * its workbooks, its scenario packs and {@code version.json}; an append-only
 * {@code activations.jsonl} (who activated what, when) and the {@code active} pointer
 * read at start. Files are written to a temporary name and moved, so a crash never leaves
 * half a version or a torn pointer.
 */
@Component
class RulesetStore {

	private static final String WORKBOOKS = "workbooks";

	private static final String SCENARIOS = "scenarios";

	private final Path root;

	private final ObjectMapper json;

	RulesetStore(@Value("${decisions.data-dir}") Path dataDir, ObjectMapper json) {
		this.root = dataDir.resolve("rulesets");
		this.json = json;
	}

	/** A version as kept on disk. */
	record Kept(RulesetVersion version, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios) {
	}

	boolean exists(String version) {
		return Files.isDirectory(this.root.resolve(version));
	}

	void save(RulesetVersion version, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios) {
		Path staging = null;
		try {
			Files.createDirectories(this.root);
			staging = Files.createTempDirectory(this.root, ".upload-");
			writeAll(staging.resolve(WORKBOOKS), workbooks);
			writeAll(staging.resolve(SCENARIOS), scenarios);
			this.json.writeValue(staging.resolve("version.json").toFile(), version);
			Files.move(staging, this.root.resolve(version.version()), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			deleteQuietly(staging);
			throw new UncheckedIOException("Cannot keep ruleset " + version.version(), ex);
		}
	}

	Optional<Kept> load(String version) {
		Path dir = this.root.resolve(version);
		if (!Files.isRegularFile(dir.resolve("version.json"))) {
			// Not a kept version: nothing, or a staging folder a crash left behind.
			return Optional.empty();
		}
		try {
			RulesetVersion meta = this.json.readValue(dir.resolve("version.json").toFile(), RulesetVersion.class);
			return Optional.of(new Kept(meta, readAll(dir.resolve(WORKBOOKS)), readAll(dir.resolve(SCENARIOS))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read kept ruleset " + version, ex);
		}
	}

	List<RulesetVersion> versions() {
		if (!Files.isDirectory(this.root)) {
			return List.of();
		}
		try (Stream<Path> dirs = Files.list(this.root)) {
			List<RulesetVersion> versions = new ArrayList<>();
			for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
				if (!dir.getFileName().toString().startsWith(".")) {
					versions.add(this.json.readValue(dir.resolve("version.json").toFile(), RulesetVersion.class));
				}
			}
			return versions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list kept rulesets", ex);
		}
	}

	/** Records an activation and moves the pointer the next start reads. */
	void activated(String version, String by, Instant at) {
		try {
			Files.createDirectories(this.root);
			String line = this.json.writeValueAsString(Map.of("version", version, "by", by, "at", at.toString()));
			Files.writeString(this.root.resolve("activations.jsonl"), line + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			Path pointer = Files.createTempFile(this.root, ".active-", ".tmp");
			Files.writeString(pointer, version, StandardCharsets.UTF_8);
			Files.move(pointer, this.root.resolve("active"), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot record the activation of " + version, ex);
		}
	}

	Optional<String> activeVersion() {
		Path pointer = this.root.resolve("active");
		try {
			return Files.exists(pointer) ? Optional.of(Files.readString(pointer, StandardCharsets.UTF_8).strip())
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the active ruleset pointer", ex);
		}
	}

	List<Map<String, String>> activations() {
		Path log = this.root.resolve("activations.jsonl");
		if (!Files.exists(log)) {
			return List.of();
		}
		try {
			List<Map<String, String>> activations = new ArrayList<>();
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					activations.add(this.json.readerForMapOf(String.class).readValue(line));
				}
			}
			return activations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the activation history", ex);
		}
	}

	/** Each file in {@code dir}; a name that would land anywhere else is refused. */
	private static void writeAll(Path dir, Map<String, byte[]> files) throws IOException {
		Files.createDirectories(dir);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path target = dir.resolve(file.getKey()).normalize();
			if (!dir.equals(target.getParent())) {
				throw new IOException("Not a plain file name: a part of the upload");
			}
			Files.write(target, file.getValue());
		}
	}

	/** A staging folder that could not be completed leaves nothing behind. */
	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a leftover staging folder is never read as a version
		}
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
