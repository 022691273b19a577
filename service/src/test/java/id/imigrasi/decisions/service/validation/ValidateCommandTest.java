package id.imigrasi.decisions.service.validation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.imigrasi.decisions.service.TableCells;
import id.imigrasi.decisions.service.system.TablesFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command as policy staff run it, without Spring: exit status, text and JSON. The
 * committed tables are copied to a temporary folder; the copies are what gets broken.
 */
class ValidateCommandTest {

	/** The committed departure table, where the typo is planted. */
	private static TableCells departure;

	@TempDir
	static Path good;

	@TempDir
	static Path broken;

	@BeforeAll
	static void copyTables() throws IOException {
		Map<String, byte[]> tables = TablesFolder.read(tablesFolder());
		for (Map.Entry<String, byte[]> table : tables.entrySet()) {
			Files.write(good.resolve(table.getKey()), table.getValue());
			Files.write(broken.resolve(table.getKey()), table.getValue());
		}
		departure = TableCells.of(tables.get("departure.drl.xlsx"));
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(tables.get("departure.drl.xlsx")));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellAddress typo = new CellAddress(purposeOfUmrahRow());
			workbook.getSheet(departure.sheet()).getRow(typo.getRow()).getCell(typo.getColumn()).setCellValue("UMROH");
			workbook.write(out);
			Files.write(broken.resolve("departure.drl.xlsx"), out.toByteArray());
		}
	}

	@Test
	void shouldExitZeroAndCountOnlyWarningsForTheCommittedTables() {
		Run run = run(good.toString(), "--no-properties");

		assertThat(run.status()).isZero();
		assertThat(run.output()).contains("0 error(s)")
			.contains("Coverage was not checked: pass --scenarios test-scenarios/ to check it.");
	}

	@Test
	void shouldExitOneAndNameTheCellOfATypo() {
		Run run = run(broken.resolve("departure.drl.xlsx").toString());

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.output())
			.contains("ERROR  departure.drl.xlsx!Keberangkatan!" + purposeOfUmrahRow() + "  [UNKNOWN_VALUE]")
			.contains("Did you mean 'UMRAH'?")
			.contains("(ID) 'UMROH' bukan tujuan perjalanan")
			.contains("Validated departure.drl.xlsx together with the other workbooks of")
			.contains("1 error(s)");
	}

	@Test
	void shouldPrintOnlyJsonWithJson() throws IOException {
		Run run = run(broken.toString(), "--json");

		JsonNode json = new ObjectMapper().readTree(run.output());
		assertThat(run.status()).isEqualTo(1);
		assertThat(json.get("valid").asBoolean()).isFalse();
		assertThat(json.get("errors").asInt()).isEqualTo(1);
		JsonNode error = json.get("problems").get(0);
		assertThat(error.get("severity").asText()).isEqualTo("ERROR");
		assertThat(error.get("code").asText()).isEqualTo("UNKNOWN_VALUE");
		assertThat(error.get("file").asText()).isEqualTo("departure.drl.xlsx");
		assertThat(error.get("sheet").asText()).isEqualTo("Keberangkatan");
		assertThat(error.get("cell").asText()).isEqualTo(purposeOfUmrahRow());
	}

	@Test
	void shouldSayCoverageWasSkippedWithoutScenarioSupport() {
		Run run = run(good.toString(), "--scenarios", good.toString(), "--no-properties");

		assertThat(run.output()).contains("Coverage was skipped: scenario support is not available in this build.");
	}

	@Test
	void shouldWarnAboutRulesTheScenariosDoNotReach() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ValidateCommand.run(List.of(good.toString(), "--scenarios", "test-scenarios", "--no-properties"),
				new PrintStream(bytes, true, StandardCharsets.UTF_8), (folder) -> Set.of("DC-001"));

		assertThat(status).isZero();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(
				"WARNING  departure.drl.xlsx!Keberangkatan!" + departure.ruleIdCell("DC-002", 1) + "  [NOT_COVERED]");
	}

	@Test
	void shouldCheckOnlyThePropertiesAndPrintTheCasesAndTheTime() {
		Run run = run(good.toString(), "--properties", "--time-budget", "120");

		assertThat(run.output()).contains("Properties of the law (SPEC 2.7), time budget 120 s:")
			.containsPattern(
					"Properties: 6 checked, \\d hold, [\\d,]+ classes of cases decided \\([^)]+ combinations of facts\\) in [\\d.]+ s.")
			.doesNotContain("warning(s)");
		assertThat(run.status()).isZero();
	}

	@Test
	void shouldAddThePropertiesKeptBesideTheScenarioPacks() throws IOException {
		Path packs = Files.createDirectories(good.resolveSibling(good.getFileName() + "-packs").resolve("properties"));
		Files.writeString(packs.resolve("haji.yaml"), """
				id: P-LOCAL-HAJJ
				kind: implication
				title: {id: Jemaah haji tanpa visa haji ditunda, en: A hajj pilgrim without a hajj visa is deferred}
				from: 2016-01-01
				checks:
				  - service: departure
				    when: {statedPurpose: HAJJ, visaType: {not: HAJJ}}
				    then: {recommendation: [DEFER, REFUSE_EXIT]}
				""");

		Run run = run(good.toString(), "--properties", "--json", "--scenarios", packs.getParent().toString());

		JsonNode json = new ObjectMapper().readTree(run.output());
		assertThat(json.at("/properties/results").findValuesAsText("id")).contains("P-FAIR", "P-LOCAL-HAJJ");
		assertThat(json.at("/properties/results/6/status").asText()).isEqualTo("HOLDS");
		assertThat(json.at("/properties/cases").asLong()).isPositive();
	}

	@Test
	void shouldRefuseATimeBudgetThatIsNotANumber() {
		Run run = run(good.toString(), "--time-budget", "soon");

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.output()).contains("Unknown argument: --time-budget");
	}

	@Test
	void shouldExitTwoForAMissingFolder() {
		Run run = run(good.resolve("nowhere").toString());

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.output()).startsWith("No such folder or workbook:");
	}

	private record Run(int status, String output) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ValidateCommand.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Run(status, bytes.toString(StandardCharsets.UTF_8));
	}

	/**
	 * DC-011's umrah row, its stated purpose: where the copy in {@code broken} has a
	 * typo.
	 */
	private static String purposeOfUmrahRow() {
		return departure.cell("DC-011", 2, "Stated purpose (any of)");
	}

	private static Path tablesFolder() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("decision-tables"))) {
			dir = dir.getParent();
		}
		return dir.resolve("decision-tables");
	}

}
