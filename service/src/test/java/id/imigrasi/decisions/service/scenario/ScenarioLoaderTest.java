package id.imigrasi.decisions.service.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading packs: the format of SPEC 7 and the places problems are reported at. */
class ScenarioLoaderTest {

	private static final ScenarioRunner RUNNER = new ScenarioRunner(TestFolders.engine());

	@TempDir
	Path temp;

	@Test
	void shouldReadEveryExpectationKey() throws IOException {
		Path file = write("one.yaml", good("X-001", """
				  recommendation: DEFER
				  findings: [DC-011]
				  notFindings: [DC-001]
				  referrals: [POLRI]
				  urgency: {POLRI: IMMEDIATE}
				  citations: ["Permenkumham 9/2024"]
				  notCitations: ["Permenkumham 44/2015"]
				"""));

		ScenarioLoader.Loaded loaded = RUNNER.load(file);

		assertThat(loaded.problems()).isEmpty();
		Expectation expect = loaded.scenarios().get(0).expect();
		assertThat(expect.recommendation()).isEqualTo(Outcome.DEFER);
		assertThat(expect.findings()).containsExactly("DC-011");
		assertThat(expect.notFindings()).containsExactly("DC-001");
		assertThat(expect.referrals()).containsExactly(Agency.POLRI);
		assertThat(expect.urgency()).containsEntry(Agency.POLRI, Urgency.IMMEDIATE);
		assertThat(expect.citations()).containsExactly("Permenkumham 9/2024");
		assertThat(expect.notCitations()).containsExactly("Permenkumham 44/2015");
	}

	@Test
	void shouldReadSeveralYamlDocumentsInOneFile() throws IOException {
		String expect = "  recommendation: DEFER\n  findings: [DC-011]\n  referrals: []\n";
		Path file = write("two.yaml", good("X-001", expect) + "---\n" + good("X-002", expect));

		ScenarioLoader.Loaded loaded = RUNNER.load(file);

		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.scenarios()).extracting(Scenario::id).containsExactly("X-001", "X-002");
	}

	@Test
	void shouldRejectADuplicateScenarioIdAtItsSecondLine() throws IOException {
		String expect = "  recommendation: DEFER\n  findings: []\n  referrals: []\n";
		write("a.yaml", good("SAME-1", expect));
		write("b.yaml", good("SAME-1", expect));

		ScenarioLoader.Loaded loaded = RUNNER.load(this.temp);

		assertThat(loaded.scenarios()).hasSize(1);
		assertThat(loaded.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.toString()).contains("b.yaml:1")
				.contains("'SAME-1' is already used at"));
	}

	@Test
	void shouldRequireALegalDateSoAScenarioNeverDependsOnToday() throws IOException {
		Path file = write("nodate.yaml", good("X-003", "  recommendation: ALLOW\n  findings: []\n  referrals: []\n")
			.replace("  checkDate: \"2025-05-26\"\n", ""));

		ScenarioLoader.Loaded loaded = RUNNER.load(file);

		assertThat(loaded.scenarios()).isEmpty();
		assertThat(loaded.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("no checkDate"));
	}

	@Test
	void shouldRejectARecommendationOfTheOtherService() throws IOException {
		Path file = write("wrong.yaml", good("X-004", "  recommendation: ISSUE\n  findings: []\n  referrals: []\n"));

		ScenarioLoader.Loaded loaded = RUNNER.load(file);

		assertThat(loaded.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.toString()).contains("wrong.yaml:20")
				.contains("'ISSUE' is not a departure recommendation"));
	}

	@Test
	void shouldRunPacksHeldInMemoryAsAnUploadGateWould() {
		String expect = "  recommendation: DEFER\n  findings: [DC-011]\n  referrals: []\n";
		Map<String, byte[]> packs = Map.of("haji/ok.yaml", good("MEM-001", expect).getBytes(StandardCharsets.UTF_8),
				"haji/typo.yaml",
				good("MEM-002", expect).replace("visaType", "visaTyp").getBytes(StandardCharsets.UTF_8), "notes.txt",
				"not a pack".getBytes(StandardCharsets.UTF_8));

		ScenarioRun run = RUNNER.runAll("upload", packs);

		assertThat(run.results()).singleElement().satisfies((result) -> {
			assertThat(result.passed()).isTrue();
			assertThat(result.scenario().folder()).isEqualTo("haji");
		});
		assertThat(run.problems()).extracting(ScenarioProblem::toString)
			.anyMatch((problem) -> problem.startsWith("haji/typo.yaml:16: ") && problem.contains("$.visaTyp"));
		assertThat(run.passed()).isFalse();
	}

	@Test
	void shouldSkipThePropertiesBesideThePacksOnDiskAndInMemory() throws IOException {
		String expect = "  recommendation: DEFER\n  findings: [DC-011]\n  referrals: []\n";
		String property = "id: P-LOCAL-1\nkind: citations\ntitle: {id: Contoh, en: Example}\n";
		write("haji.yaml", good("DISK-001", expect));
		Files.createDirectories(this.temp.resolve("properties"));
		write("properties/sifat.yaml", property);

		ScenarioLoader.Loaded onDisk = RUNNER.load(this.temp);
		ScenarioRun inMemory = RUNNER.runAll("upload",
				Map.of("haji.yaml", good("MEM-003", expect).getBytes(StandardCharsets.UTF_8), "properties/sifat.yaml",
						property.getBytes(StandardCharsets.UTF_8)));

		assertThat(onDisk.problems()).isEmpty();
		assertThat(onDisk.scenarios()).extracting(Scenario::id).containsExactly("DISK-001");
		assertThat(inMemory.problems()).isEmpty();
		assertThat(inMemory.results()).extracting((r) -> r.scenario().id()).containsExactly("MEM-003");
	}

	@Test
	void shouldTurnJsonPathsIntoPointersBelowTheRequest() {
		assertThat(ScenarioLoader.toPointer("$.person.nik")).isEqualTo("/person/nik");
		assertThat(ScenarioLoader.toPointer("$.documents[2]")).isEqualTo("/documents/2");
		assertThat(ScenarioLoader.toPointer("$.interview.jobOffer.sector")).isEqualTo("/interview/jobOffer/sector");
		assertThat(ScenarioLoader.toPointer("$")).isEmpty();
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.temp.resolve(name), text);
	}

	/** A departure scenario (hajj on a visit visa) with the given expect block. */
	private static String good(String id, String expect) {
		return """
				id: %s
				title: Contoh
				story: Contoh cerita.
				service: departure
				request:
				  checkId: TRN-X
				  checkDate: "2025-05-26"
				  person:
				    nik: "3273011212770099"
				    birthDate: "1977-12-12"
				    sex: M
				    watchlist: {preventionListMatch: false, wantedForInvestigation: false}
				  travelDocument: {type: PASSPORT, number: "C9999901", expiryDate: "2030-01-01"}
				  statedPurpose: HAJJ
				  destinationCountry: SA
				  visaType: VISIT
				  returnTicket: true
				  interview: {purposeConsistent: true, canStateTripDuration: true, intendsToWork: false}
				expect:
				""".formatted(id) + expect;
	}

}
