package id.imigrasi.decisions.service.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.service.DecisionsApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions name the version they were made on. A release whose tables changed but whose
 * built-in version kept its name would replay old decisions under rules they were never
 * made on; the service refuses to start on such a log instead.
 */
class BuiltinVersionTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldRefuseToStartWhereTheBuiltInNameHoldsOtherTables() throws Exception {
		Ruleset builtin = Ruleset.embedded();
		RulesetInfo info = builtin.info();
		// a kept set under this jar's built-in name, but other tables (another digest),
		// brought in the way an earlier release's data folder is
		Path kept = this.dataDir.resolve("rulesets").resolve(info.version());
		Files.createDirectories(kept.resolve("workbooks"));
		for (Map.Entry<String, byte[]> workbook : builtin.workbooks().entrySet()) {
			Files.write(kept.resolve("workbooks").resolve(workbook.getKey()), workbook.getValue());
		}
		String otherDigest = "0".repeat(64);
		new ObjectMapper().findAndRegisterModules()
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.writeValue(kept.resolve("version.json").toFile(),
					new RulesetVersion(info.version(), otherDigest, "the previous release's built-in set", "build",
							Instant.parse("2026-11-01T00:00:00Z"), RulesetVersion.Table.of(info), List.of(), List.of(),
							false));

		assertThatThrownBy(() -> new SpringApplicationBuilder(DecisionsApplication.class).run("--server.port=0",
				"--decisions.data-dir=" + this.dataDir))
			.rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(info.version())
			.hasMessageContaining(otherDigest)
			.hasMessageContaining("new project version");
	}

}
