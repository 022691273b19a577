package id.imigrasi.decisions.service.impact;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.LogFixture;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.audit.StoredFacts;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;
import id.imigrasi.decisions.service.ruleset.Workbooks;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact of a candidate on a decision log of its own, written through the service's
 * own write path: an edit that flips a known set of decisions names exactly those, an
 * edit that changes nothing reports nothing, a row taken away is seen stopping, stored
 * facts that no longer read are counted and named, and the period bounds what is read.
 */
class ReevaluationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Clock CLOCK = Clock.system(DecisionEngine.JAKARTA);

	private static Ruleset builtin;

	private static Ruleset medical;

	private static Ruleset unchanged;

	@TempDir
	Path folder;

	@BeforeAll
	static void compile() throws Exception {
		builtin = Ruleset.embedded();
		medical = Ruleset.compile("impact-medical", Candidates.withMedicalRows());
		unchanged = Ruleset.compile("impact-unchanged", Workbooks.committed());
	}

	@Test
	void shouldNameExactlyTheDecisionsAnEditFlipsAndCountThem() throws Exception {
		List<String> flipped = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		try (LogFixture log = LogFixture.open(this.folder)) {
			for (int i = 0; i < 25; i++) {
				LoggedDecision decision = log.decide(read(Candidates.medical("M-" + i, nik(i), "Budi " + i)),
						new DecisionEngine(builtin));
				assertThat(decision.recommendation()).as("no committed row reaches medical travel").isEqualTo("ALLOW");
				flipped.add(decision.decisionId());
			}
			for (int i = 0; i < 5; i++) {
				kept.add(log
					.decide(read(Candidates.tourist("T-" + i, nik(100 + i), "Sari " + i)), new DecisionEngine(builtin))
					.decisionId());
			}
		}

		ImpactReport report = report(medical, 2);

		List<String> twentySmallest = flipped.stream().sorted().limit(Tally.EXAMPLES).toList();
		assertThat(report.totals().read()).isEqualTo(30);
		assertThat(report.totals().changed()).isEqualTo(25);
		assertThat(report.totals().unchanged()).isEqualTo(5);
		assertThat(report.recommendations()).containsExactly(
				new ImpactReport.RecommendationChange("departure", "ALLOW", "SECONDARY_INSPECTION", 25, twentySmallest),
				new ImpactReport.RecommendationChange("departure", "ALLOW", "ALLOW", 5, List.of()));
		assertThat(report.rowsStarted()).containsExactly(
				new ImpactReport.RowChange(Candidates.NEW_ROW, 25, twentySmallest),
				new ImpactReport.RowChange(Candidates.NEW_REFERRAL, 25, twentySmallest));
		assertThat(report.rowsStopped()).isEmpty();
		assertThat(report.referrals())
			.containsExactly(new ImpactReport.ReferralChange("DINSOS", "NOT_REFERRED", "ROUTINE", 25, twentySmallest));
		assertThat(report.totals().services()).containsExactly(new ImpactReport.ServiceTotals("departure", 30, 30, 25));
		assertThat(report.answeredUnder()).containsExactly(new ImpactReport.VersionCount(builtin.info().version(), 30));
		assertThat(ImpactText.render(report)).contains(twentySmallest.get(0))
			.doesNotContain(kept.toArray(new String[0]));
	}

	@Test
	void shouldReportNoChangeForAnEditThatChangesNothing() throws Exception {
		try (LogFixture log = LogFixture.open(this.folder)) {
			log.decide(read(Candidates.medical("M-1", nik(1), "Budi")), new DecisionEngine(builtin));
			log.decide(read(Candidates.tourist("T-1", nik(2), "Sari")), new DecisionEngine(builtin));
			log.decide(read(withRiskyInterview(Candidates.tourist("T-2", nik(3), "Wati"))),
					new DecisionEngine(builtin));
		}

		ImpactReport report = report(unchanged, 2);

		assertThat(report.totals().read()).isEqualTo(3);
		assertThat(report.totals().changed()).isZero();
		assertThat(report.rowsStarted()).isEmpty();
		assertThat(report.rowsStopped()).isEmpty();
		assertThat(report.referrals()).isEmpty();
		assertThat(report.recommendations()).allSatisfy((cell) -> {
			assertThat(cell.to()).isEqualTo(cell.from());
			assertThat(cell.examples()).isEmpty();
		});
		assertThat(ImpactText.render(report)).contains("Rows that start firing: none.",
				"Referral changes (agency: answered → candidate): none.");
	}

	@Test
	void shouldSeeRowsAndReferralsStopWhenTheCandidateLacksThem() throws Exception {
		List<String> ids = new ArrayList<>();
		try (LogFixture log = LogFixture.open(this.folder)) {
			for (int i = 0; i < 3; i++) {
				ids.add(log.decide(read(Candidates.medical("M-" + i, nik(i), "Budi")), new DecisionEngine(medical))
					.decisionId());
			}
		}

		ImpactReport report = report(builtin, 1);

		List<String> sorted = ids.stream().sorted().toList();
		assertThat(report.rowsStopped()).containsExactly(new ImpactReport.RowChange(Candidates.NEW_ROW, 3, sorted),
				new ImpactReport.RowChange(Candidates.NEW_REFERRAL, 3, sorted));
		assertThat(report.referrals())
			.containsExactly(new ImpactReport.ReferralChange("DINSOS", "ROUTINE", "NOT_REFERRED", 3, sorted));
		assertThat(report.recommendations()).containsExactly(
				new ImpactReport.RecommendationChange("departure", "SECONDARY_INSPECTION", "ALLOW", 3, sorted));
	}

	@Test
	void shouldCountAndNameStoredFactsThatNoLongerReadInsteadOfDroppingThem() throws Exception {
		String missingPurpose;
		String notJson;
		String unknownService;
		try (LogFixture log = LogFixture.open(this.folder)) {
			log.decide(read(Candidates.tourist("T-1", nik(1), "Sari")), new DecisionEngine(builtin));
			missingPurpose = log.decide(read(Candidates.tourist("T-2", nik(2), "Sari")), new DecisionEngine(builtin))
				.decisionId();
			notJson = log.decide(read(Candidates.tourist("T-3", nik(3), "Sari")), new DecisionEngine(builtin))
				.decisionId();
			unknownService = log.decide(read(Candidates.tourist("T-4", nik(4), "Sari")), new DecisionEngine(builtin))
				.decisionId();
		}
		try (Connection connection = connect()) {
			ObjectNode facts = (ObjectNode) JSON.readTree(facts(connection, missingPurpose));
			facts.remove("statedPurpose");
			update(connection, "UPDATE decision_log SET facts = ? WHERE decision_id = ?", facts.toString(),
					missingPurpose);
			update(connection, "UPDATE decision_log SET facts = ? WHERE decision_id = ?", "{\"checkId\": ", notJson);
			update(connection, "UPDATE decision_log SET service = ? WHERE decision_id = ?", "visa-on-arrival",
					unknownService);
		}

		ImpactReport report = report(unchanged, 2);

		assertThat(report.totals().read()).isEqualTo(4);
		assertThat(report.totals().reevaluated()).isEqualTo(1);
		assertThat(report.totals().unreadable()).isEqualTo(3);
		assertThat(report.unreadable().decisionIds())
			.containsExactlyElementsOf(List.of(missingPurpose, notJson, unknownService).stream().sorted().toList());
		assertThat(report.unreadable().problems()).isEqualTo(Map.of("$.statedPurpose", 1L, "$", 1L, "service", 1L));
		assertThat(report.totals().services()).extracting(ImpactReport.ServiceTotals::service)
			.containsExactly("departure", "unknown");
		assertThat(ImpactText.render(report)).contains(missingPurpose, notJson, unknownService);
	}

	@Test
	void shouldReadOnlyTheDecisionsOfThePeriodAndGiveTheSameReportOnOneThreadOrTwo() throws Exception {
		try (LogFixture log = LogFixture.open(this.folder)) {
			log.on(LocalDate.now(CLOCK).minusDays(100));
			log.decide(read(Candidates.medical("M-OLD", nik(1), "Budi")), new DecisionEngine(builtin));
			log.on(LocalDate.now(CLOCK).minusDays(2));
			for (int i = 0; i < 600; i++) {
				ObjectNode body = (i % 3 == 0) ? Candidates.medical("M-" + i, nik(10 + i), "Budi")
						: Candidates.tourist("T-" + i, nik(10 + i), "Sari");
				log.decide(read(body), new DecisionEngine(builtin));
			}
		}

		ImpactReport one = report(medical, 1);
		ImpactReport two = report(medical, 2);

		assertThat(two.totals().read()).isEqualTo(600);
		assertThat(two.totals().changed()).isEqualTo(200);
		assertThat(withoutClock(two)).isEqualTo(withoutClock(one));
		assertThat(two.timing().threads()).isEqualTo(2);
	}

	private ImpactReport report(Ruleset candidate, int threads) throws Exception {
		Instant to = Instant.now();
		Instant from = to.minus(Duration.ofDays(90));
		LogImpact run;
		try (Connection connection = connect()) {
			run = new Reevaluation(candidate, new StoredFacts(JSON, CLOCK), threads).run(connection, from);
		}
		return ImpactReport.of(candidate.info(), null, new ImpactReport.Period(90, from, to), run,
				new ScenarioRunner(new DecisionEngine(candidate)).runAll("none", Map.of()), 0,
				new PropertyReport(List.of(), List.of(), 0, 0, Duration.ZERO), null);
	}

	private static ImpactReport withoutClock(ImpactReport report) {
		return new ImpactReport(report.candidate(), report.activeVersion(), report.comparedWith(), null,
				report.totals(), report.answeredUnder(), report.recommendations(), report.rowsStarted(),
				report.rowsStopped(), report.referrals(), report.unreadable(), report.failed(), report.scenarios(),
				report.properties(), report.gate(), null);
	}

	private Connection connect() throws Exception {
		return DriverManager.getConnection(
				"jdbc:h2:file:" + this.folder.resolve("decision-log") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0", "sa", "");
	}

	private static String facts(Connection connection, String decisionId) throws Exception {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT facts FROM decision_log WHERE decision_id = ?")) {
			query.setString(1, decisionId);
			try (var rows = query.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private static void update(Connection connection, String sql, String value, String decisionId) throws Exception {
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			update.setString(1, value);
			update.setString(2, decisionId);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private static ObjectNode withRiskyInterview(ObjectNode body) {
		((ObjectNode) body.get("interview")).put("recruiterPresent", true).put("costsPaidByThirdParty", true);
		return body;
	}

	private static ReadResult read(ObjectNode body) {
		return new RequestReader(CLOCK).read(DecisionService.DEPARTURE, body);
	}

	private static String nik(int i) {
		return String.format("3201%012d", i);
	}

}
