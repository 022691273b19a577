package id.imigrasi.decisions.service.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.imigrasi.decisions.service.TableCells;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainers' command as a trainer uses it: exit status, the words it prints, and the
 * HTML report it writes.
 */
class ScenarioCommandTest {

	static {
		// The command builds its own engine; compile the embedded ruleset once up front
		// so the shared KieContainer is warm.
		TestFolders.engine();
	}

	@TempDir
	Path temp;

	@Test
	void shouldExitNonZeroAndPrintDiffAndExplanationWhenAnExpectationIsBroken() throws IOException {
		TableCells departure = TableCells.of(Files.readAllBytes(tablesFolder().resolve("departure.drl.xlsx")));

		Output output = run(TestFolders.fixture("scenarios-broken").toString());

		assertThat(output.status()).isEqualTo(1);
		assertThat(output.text()).contains("PASS  BRK-001 \u2014 Jemaah haji dengan visa ziarah harus ditunda")
			.contains("FAIL  BRK-002")
			.contains("recommendation: diharapkan (expected) ALLOW, hasil (actual) DEFER")
			.contains("notFindings: diharapkan (expected) tidak ada [DC-011]")
			.contains("referrals: diharapkan (expected) tepat [POLRI], hasil (actual) []")
			.contains("urgency.POLRI: diharapkan (expected) IMMEDIATE")
			.contains("citations: diharapkan (expected) memuat \"UU 1/2023 (KUHP) Pasal 455\"")
			// the whole explanation: reason in Bahasa Indonesia, citations, source cell
			.contains("Rekomendasi: DEFER")
			.contains("Alasan: Tujuan perjalanan haji, tetapi visa yang dimiliki bukan visa haji")
			.contains("Dasar hukum: Permenkumham 9/2024 jo. UU 6/2011 Pasal 9; UU 6/2011 Pasal 15")
			.contains("[sel departure.drl.xlsx!Keberangkatan!" + departure.ruleIdCell("DC-011", 1) + "]")
			.contains("Fakta: statedPurpose=HAJJ, visaType=VISIT")
			.contains("broken-expectation.yaml:25")
			.contains("1 passed, 1 failed");
	}

	@Test
	void shouldExitZeroWithFullCoverageOnTheRealPacks() throws IOException {
		Path html = this.temp.resolve("report.html");

		Output output = run(TestFolders.packs().toString(), "--html", html.toString());

		assertThat(output.status()).as(output.text()).isEqualTo(0);
		assertThat(output.text()).doesNotContain("FAIL  ")
			.contains("HASIL: SEMUA LULUS")
			.contains("72 dari 72 baris, 100 %")
			.containsPattern("(?m)^\\d{2,} passed, 0 failed$");
		String page = Files.readString(html);
		assertThat(page).startsWith("<!DOCTYPE html>")
			.contains("100 %")
			.contains("DEP-UMRAH-001")
			.contains("Perempuan 24 tahun dari Indramayu")
			.doesNotContain("class=\"unreached\"");
	}

	@Test
	void shouldWriteAnHtmlReportWithoutExternalAssets() throws IOException {
		Path html = this.temp.resolve("report.html");

		run(TestFolders.fixture("scenarios-broken").toString(), "--html", html.toString());

		String page = Files.readString(html);
		Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(page);
		assertThat(external.find()).as("external asset in the report").isFalse();
		assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
		assertThat(page).contains("FAIL")
			.contains("recommendation: diharapkan (expected) ALLOW, hasil (actual) DEFER")
			.contains("Tujuan perjalanan haji, tetapi visa yang dimiliki bukan visa haji")
			// rows no scenario reaches are highlighted
			.contains("<tr class=\"unreached\"><td>PA-001</td>")
			.contains("TIDAK TERCAPAI");
	}

	@Test
	void shouldReportEveryBadFileWithFileAndLineWhileTheGoodOnesStillRun() {
		Output output = run(TestFolders.fixture("scenarios-bad").toString());

		assertThat(output.status()).isEqualTo(1);
		assertThat(output.text()).contains("PASS  BAD-GOOD-001")
			.contains("syntax-error.yaml:7: YAML syntax error")
			.contains("unknown-keys.yaml:17: Unknown scenario key 'catatan'")
			.contains("unknown-keys.yaml:22: Unknown expect key 'referals'")
			.contains(
					"unknown-rule-and-agency.yaml:19: Scenario BAD-RULE-001: expect.findings: unknown rule ID 'PA-999'")
			.contains("DC-010 is a departure rule and can never fire in a passport-application scenario")
			.contains(
					"unknown-rule-and-agency.yaml:41: Scenario BAD-AGENCY-001: expect.referrals: unknown agency code 'BP2MI'")
			.contains(
					"unknown-rule-and-agency.yaml:42: Scenario BAD-AGENCY-001: expect.urgency: unknown agency code 'KEPOLISIAN'")
			.contains(
					"bad-request.yaml:9: Scenario BAD-REQUEST-001: the request breaks the API contract: $.person.nik must be 16 digits")
			.contains(
					"bad-request.yaml:14: Scenario BAD-REQUEST-001: the request breaks the API contract: $.statedPurpose 'UMROH' is not allowed; did you mean UMRAH?")
			.contains(
					"bad-request.yaml:16: Scenario BAD-REQUEST-001: the request breaks the API contract: $.visaTipe is not a known field; did you mean visaType?")
			.contains(
					"bad-request.yaml:5: Scenario BAD-REQUEST-001: the request breaks the API contract: $.returnTicket is required")
			// a contract problem never echoes the NIK
			.doesNotContain("347101150697009");
	}

	@Test
	void shouldExitWithUsageWhenNoFolderIsGiven() {
		Output output = run();

		assertThat(output.status()).isEqualTo(2);
		assertThat(output.text()).contains("Usage: scenarios <folder or file>");
	}

	@Test
	void shouldRunOneFileWhenAFileIsGiven() {
		Output output = run(TestFolders.fixture("scenarios-bad").resolve("good.yaml").toString());

		assertThat(output.status()).isEqualTo(0);
		assertThat(output.text()).contains("PASS  BAD-GOOD-001").contains("1 passed, 0 failed");
	}

	@Test
	void shouldRunThePacksAgainstWorkbooksFromAFolder() {
		Output output = run(TestFolders.fixture("scenarios-broken").toString(), "--tables", tablesFolder().toString());

		assertThat(output.status()).isEqualTo(1);
		assertThat(output.text()).contains("aturan versi local-decision-tables").contains("PASS  BRK-001");
	}

	private static Path tablesFolder() {
		Path modules = TestFolders.packs().getParent();
		return ((modules != null) ? modules : Path.of(".")).resolve("decision-tables");
	}

	private static Output run(String... args) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		int status = ScenarioCommand.run(List.of(args), new PrintStream(buffer, true, StandardCharsets.UTF_8));
		return new Output(status, buffer.toString(StandardCharsets.UTF_8));
	}

	private record Output(int status, String text) {
	}

}
