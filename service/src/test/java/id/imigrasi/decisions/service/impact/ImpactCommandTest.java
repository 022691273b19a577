package id.imigrasi.decisions.service.impact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.LogFixture;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar service.jar impact <tables> [--days N] [--json]} on a small H2 log of
 * its own, found as the service finds it (the data folder's {@code decision-log} file):
 * the report of the planted edit, in JSON and as text, and the log's files byte for byte
 * as they were: nothing migrated, nothing written.
 */
class ImpactCommandTest {

	private static final Clock CLOCK = Clock.system(DecisionEngine.JAKARTA);

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@TempDir
	Path data;

	@TempDir
	Path tables;

	@BeforeEach
	void theLogIsTheDataFoldersFile() {
		Assumptions.assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null,
				"SPRING_DATASOURCE_URL is set: the command would read that log, not the test's");
	}

	@Test
	void shouldReportAnEditFromTheConfiguredLogWithoutWritingIt() throws Exception {
		List<String> flipped = new ArrayList<>();
		try (LogFixture log = LogFixture.open(this.data)) {
			DecisionEngine builtin = new DecisionEngine(Ruleset.embedded());
			for (int i = 0; i < 3; i++) {
				flipped.add(log.decide(read(Candidates.medical("CLI-M-" + i, "320101010190000" + i, "Budi")), builtin)
					.decisionId());
				log.decide(read(Candidates.tourist("CLI-T-" + i, "320101010190001" + i, "Sari")), builtin);
			}
		}
		for (Map.Entry<String, byte[]> workbook : Candidates.withMedicalRows().entrySet()) {
			Files.write(this.tables.resolve(workbook.getKey()), workbook.getValue());
		}
		Map<String, String> before = files(this.data);

		int json = run(this.tables.toString(), "--json", "--days", "30", "--decisions.data-dir=" + this.data);
		JsonNode report = new ObjectMapper().readTree(this.printed.toString(StandardCharsets.UTF_8));
		this.printed.reset();
		int text = run(this.tables.toString(), "--decisions.data-dir=" + this.data);

		assertThat(json).isZero();
		assertThat(report.at("/totals/read").asLong()).isEqualTo(6);
		assertThat(report.at("/totals/changed").asLong()).isEqualTo(3);
		assertThat(report.at("/period/days").asInt()).isEqualTo(30);
		assertThat(report.at("/rowsStarted/0/ruleId").asText()).isEqualTo(Candidates.NEW_ROW);
		assertThat(new ObjectMapper().convertValue(report.at("/rowsStarted/0/examples"), List.class))
			.isEqualTo(flipped.stream().sorted().toList());
		assertThat(report.has("gate")).isFalse();
		assertThat(report.at("/scenarios/scenarios").asInt()).isPositive();
		assertThat(text).isZero();
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains("Rows that start firing:",
				Candidates.NEW_ROW, "ALLOW → SECONDARY_INSPECTION", "DINSOS: NOT_REFERRED → ROUTINE",
				ImpactCommand.READ_ONLY, "Decision log: jdbc:h2:file:");
		assertThat(files(this.data)).as("the log's files, byte for byte").isEqualTo(before);
	}

	@Test
	void shouldHaveNoSecondCommonsLoggingThatPrintsIntoTheJson() {
		// With commons-logging's own jar beside spring-jcl, the first Spring log call of
		// the
		// command prints a warning on standard output, ahead of the JSON.
		assertThat(getClass().getClassLoader().getResource("org/apache/commons/logging/impl/LogFactoryImpl.class"))
			.as("commons-logging's own jar on the classpath (exclude it; spring-jcl provides the API)")
			.isNull();
	}

	@Test
	void shouldNeitherCreateNorMigrateALogThatIsNotThere() throws Exception {
		Files.write(this.tables.resolve("departure.drl.xlsx"), new byte[] { 1 });

		int status = run(this.tables.toString(), "--decisions.data-dir=" + this.data);

		assertThat(status).isEqualTo(ImpactCommand.USAGE_ERROR);
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains("cannot be read");
		assertThat(files(this.data)).isEmpty();
	}

	@Test
	void shouldRefuseAPeriodOutOfRangeWithItsUsage() {
		assertThat(run(this.tables.toString(), "--days", "0")).isEqualTo(ImpactCommand.USAGE_ERROR);
		assertThat(run(this.tables.toString(), "--days", "3661")).isEqualTo(ImpactCommand.USAGE_ERROR);
		assertThat(run()).isEqualTo(ImpactCommand.USAGE_ERROR);
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains(ImpactCommand.USAGE);
	}

	@Test
	void shouldShowAPostgresUrlWithoutItsCredentialsAndOpenH2ReadOnly() {
		assertThat(ImpactCommand.shown("jdbc:postgresql://db:5432/decisions?user=a&password=secret"))
			.isEqualTo("jdbc:postgresql://db:5432/decisions");
		assertThat(ImpactCommand.environment(List.of("--decisions.data-dir=/srv/data"))
			.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:/srv/data/decision-log;");
	}

	private int run(String... args) {
		return ImpactCommand.run(List.of(args), new PrintStream(this.printed, true, StandardCharsets.UTF_8));
	}

	private static ReadResult read(ObjectNode body) {
		return new RequestReader(CLOCK).read(DecisionService.DEPARTURE, body);
	}

	/** Every file under a folder with the SHA-256 of its bytes. */
	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				try {
					files.put(folder.relativize(file).toString(), HexFormat.of()
						.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
				}
				catch (java.security.NoSuchAlgorithmException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return files;
	}

}
