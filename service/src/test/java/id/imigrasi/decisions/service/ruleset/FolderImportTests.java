package id.imigrasi.decisions.service.ruleset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.service.DecisionsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of an earlier release kept its versions under
 * {@code <data-dir>/rulesets/}; the first start of this one moves them into the database,
 * with the activation history and the active pointer, and sets the folder aside (beside
 * any folder an earlier import set aside).
 */
class FolderImportTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldComeBackOnTheVersionTheFolderStoreHadActiveWithItsHistory() throws Exception {
		Ruleset builtin = Ruleset.embedded();
		RulesetInfo info = builtin.info();
		Path old = this.dataDir.resolve("rulesets");
		Path version = old.resolve("old-1");
		Files.createDirectories(version.resolve("workbooks"));
		for (Map.Entry<String, byte[]> workbook : builtin.workbooks().entrySet()) {
			Files.write(version.resolve("workbooks").resolve(workbook.getKey()), workbook.getValue());
		}
		ObjectMapper json = new ObjectMapper().findAndRegisterModules()
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		json.writeValue(version.resolve("version.json").toFile(),
				new RulesetVersion("old-1", info.sha256(), "kept by the folder store", "admin-1",
						java.time.Instant.parse("2026-11-20T01:02:03Z"), RulesetVersion.Table.of(info),
						java.util.List.of(), java.util.List.of(), false));
		Files.writeString(old.resolve("activations.jsonl"), """
				{"version":"old-1","by":"admin-1","at":"2026-11-20T01:02:04Z"}
				""", StandardCharsets.UTF_8);
		Files.writeString(old.resolve("active"), "old-1", StandardCharsets.UTF_8);
		// an earlier import's folder set aside: found again, it must not stop the start
		Files.createDirectories(this.dataDir.resolve("rulesets.imported"));

		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(DecisionsApplication.class)
			.run("--server.port=0", "--decisions.data-dir=" + this.dataDir)) {
			RulesetLifecycle lifecycle = service.getBean(RulesetLifecycle.class);

			assertThat(service.getBean(ActiveRuleset.class).engine().ruleset().info().version()).isEqualTo("old-1");
			assertThat(lifecycle.versions()).extracting(RulesetVersion::version).contains("old-1", info.version());
			RulesetVersion imported = lifecycle.versions()
				.stream()
				.filter((v) -> v.version().equals("old-1"))
				.findFirst()
				.orElseThrow();
			assertThat(imported.active()).isTrue();
			assertThat(imported.activations()).extracting(RulesetVersion.Activation::by).containsExactly("admin-1");
			assertThat(old).doesNotExist();
			assertThat(this.dataDir.resolve("rulesets.imported")).isEmptyDirectory();
			assertThat(this.dataDir.resolve("rulesets.imported-2").resolve("old-1/version.json")).isRegularFile();
		}
	}

}
