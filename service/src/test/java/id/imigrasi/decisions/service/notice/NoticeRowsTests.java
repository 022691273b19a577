package id.imigrasi.decisions.service.notice;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.scenario.ScenarioResult;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice for every restrictive row of the active ruleset, in both languages, as HTML
 * and as PDF (issue 17). Each row is fired by a case from the trainers' packs that
 * reaches it, decided over HTTP with a name added to the person, and given the row's
 * outcome by the officer (followed, or overridden down to it). The printed text must hold
 * the row's reason and what lifts it, the legal basis and the objection route, and none
 * of: the referrals' agency codes and names, "TPPO" or "perdagangan orang", the NIK, the
 * name, the officer's note. The PDFs stay in {@code target/notice-rows/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticeRowsTests {

	/** A name no notice may print: the log never keeps it. */
	static final String NAME = "Wulan Sari Rahmawati";

	@LocalServerPort
	int port;

	@Autowired
	ActiveRuleset active;

	@Autowired
	ObjectMapper json;

	@TestFactory
	Stream<DynamicTest> shouldWriteANoticeForEveryRestrictiveRowInBothLanguages() {
		NoticeApi api = new NoticeApi(this.port);
		List<ScenarioResult> cases = new ScenarioRunner(this.active.engine()).runAll(packs()).results();
		List<RulesetInfo.Row> rows = this.active.engine()
			.ruleset()
			.info()
			.rows()
			.stream()
			.filter((row) -> !"referral".equals(row.table()) && Notice.needed(row.outcome()))
			.toList();
		assertThat(rows).as("restrictive rows of the active ruleset").isNotEmpty();
		List<String> unreached = new ArrayList<>();
		List<DynamicTest> tests = new ArrayList<>();
		for (RulesetInfo.Row row : rows) {
			Optional<ScenarioResult> reaching = reaching(cases, row);
			if (reaching.isEmpty()) {
				unreached.add(row.ruleId() + " " + row.source());
				continue;
			}
			tests.add(DynamicTest.dynamicTest(
					row.ruleId() + " " + row.outcome() + " (" + row.source() + ") by " + reaching.get().scenario().id(),
					() -> checkNotices(api, row, reaching.get())));
		}
		assertThat(unreached).as("restrictive rows no scenario pack reaches: add a scenario").isEmpty();
		return tests.stream();
	}

	private void checkNotices(NoticeApi api, RulesetInfo.Row row, ScenarioResult reaching) throws IOException {
		ObjectNode request = this.json.valueToTree(reaching.scenario().request().request());
		ObjectNode person = (ObjectNode) request.get("person");
		person.put("fullName", NAME);
		String nik = person.get("nik").asText();
		JsonNode answer = api.decide(reaching.scenario().service().path(), request, NoticeApi.CALLER);
		assertThat(answer.findValuesAsText("source")).contains(row.source());
		String decisionId = answer.get("decisionId").asText();
		api.outcome(decisionId, answer.get("recommendation").asText(), row.outcome().name(), NoticeApi.CALLER);
		for (NoticeLanguage language : NoticeLanguage.values()) {
			String lang = "lang=" + language.code();
			HttpResponse<byte[]> html = api.notice(decisionId, lang, NoticeApi.CALLER);
			HttpResponse<byte[]> pdf = api.notice(decisionId, lang + "&format=pdf", NoticeApi.CALLER);
			assertThat(html.statusCode()).as(NoticeApi.text(html)).isEqualTo(200);
			assertThat(pdf.statusCode()).as(NoticeApi.text(pdf)).isEqualTo(200);
			save(row, language, pdf.body());
			for (String text : List.of(Printed.html(NoticeApi.text(html)), Printed.pdf(pdf.body()))) {
				assertThat(text).as("the row's reason and what lifts it")
					.contains(Printed.words(language.of(row.citizenReason())),
							Printed.words(language.of(row.citizenLift())));
				assertThat(text).as("the legal basis")
					.contains(firstCitable(answer, row))
					.contains((language == NoticeLanguage.EN) ? "As in force on" : "Sebagaimana berlaku pada tanggal");
				assertThat(text).as("the objection route")
					.contains((language == NoticeLanguage.EN)
							? List.of("Objection (keberatan)", "Appeal (banding)", "Law No. 30 of 2014",
									"within 21 working days")
							: List.of("Keberatan:", "Banding:", "Undang-Undang Nomor 30 Tahun 2014",
									"paling lambat 21 (dua puluh satu) hari kerja"));
				assertSafe(text, answer, nik);
			}
		}
	}

	/** Each row's notice stays in {@code target/notice-rows/} to be read. */
	private static void save(RulesetInfo.Row row, NoticeLanguage language, byte[] pdf) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "notice-rows"));
		String cell = row.source().substring(row.source().lastIndexOf('!') + 1);
		Files.write(folder.resolve(row.ruleId() + "-" + cell + "-" + language.code() + ".pdf"), pdf);
	}

	/** Nothing of the referrals, trafficking, the person's identity or the officer. */
	private static void assertSafe(String text, JsonNode answer, String nik) {
		assertThat(text).doesNotContainIgnoringCase("TPPO")
			.doesNotContainIgnoringCase("perdagangan orang")
			.doesNotContainIgnoringCase("traffick")
			.doesNotContain(nik, NAME, "cgk-officer-0147", "Escort waiting");
		for (JsonNode referral : answer.get("referrals")) {
			assertThat(text).as("agency code of a referral")
				.doesNotContainPattern("\\b" + referral.get("agency").asText() + "\\b")
				.as("agency name of a referral")
				.doesNotContain(referral.get("agencyName").asText());
		}
	}

	/** The first citation of the row's finding that a notice may print. */
	private static String firstCitable(JsonNode answer, RulesetInfo.Row row) {
		for (JsonNode finding : answer.get("findings")) {
			if (row.source().equals(finding.get("source").asText())) {
				for (JsonNode citation : finding.get("legalBasis")) {
					if (NoticeSafety.citable(citation.get("citation").asText())) {
						return citation.get("citation").asText();
					}
				}
			}
		}
		throw new AssertionError("Row " + row.ruleId() + " " + row.source() + " has no citation a notice may print");
	}

	/**
	 * A case that fires the row: preferably one it decides (no override needed), else
	 * any.
	 */
	private static Optional<ScenarioResult> reaching(List<ScenarioResult> cases, RulesetInfo.Row row) {
		return cases.stream()
			.filter((result) -> result.decision()
				.findings()
				.stream()
				.map(Finding::source)
				.anyMatch(row.source()::equals))
			.min(Comparator.comparing((ScenarioResult result) -> result.decision().recommendation() != row.outcome())
				.thenComparing((result) -> result.scenario().id()));
	}

	/**
	 * The trainers' packs: Maven runs tests in the module folder, an IDE maybe at the
	 * root.
	 */
	private static Path packs() {
		for (Path candidate : new Path[] { Path.of("../test-scenarios"), Path.of("test-scenarios") }) {
			if (Files.isDirectory(candidate)) {
				return candidate.normalize();
			}
		}
		throw new IllegalStateException("test-scenarios/ not found from " + Path.of("").toAbsolutePath());
	}

}
