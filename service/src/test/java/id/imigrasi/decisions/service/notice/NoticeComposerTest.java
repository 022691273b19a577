package id.imigrasi.decisions.service.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.audit.OfficerOutcome;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * What a notice says follows the officer: the findings with the final decision's outcome
 * are its grounds, milder restrictive ones further matters, harsher ones the officer set
 * aside are not named, and with none a general reason; citations naming a suspected
 * offence and unsafe texts from the tables never reach it.
 */
class NoticeComposerTest {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

	private static final String TPI = "Permenkumham 9/2024 jo. UU 6/2011 Pasal 9";

	private final NoticeComposer composer = new NoticeComposer(mock(ActiveRuleset.class),
			new NoticeSettings("Kantor Imigrasi Kelas I TPI Soekarno-Hatta", "", ZoneId.of("Asia/Jakarta")), JSON,
			Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC));

	private final List<RulesetInfo.Row> rows = new ArrayList<>(
			List.of(row("PA-001", "B11", Outcome.REFUSE, "Nama Anda tercantum dalam daftar pencegahan.", "Tunggu."),
					row("PA-030", "B25", Outcome.REQUEST_DOCUMENTS, "Kunjungan keluarga belum jelas.",
							"Lampirkan undangan."),
					row("DC-014", "B25", Outcome.DEFER, "Pekerjaan tidak dapat dipastikan.", "Gunakan jalur resmi."),
					row("DC-011", "B19", Outcome.DEFER, "Visa bukan visa haji.", "Tunjukkan visa haji.")));

	@Test
	void shouldGroundTheNoticeOnTheFindingsWithTheFinalDecisionAndListMilderOnesAsFurtherMatters() {
		LoggedDecision logged = passport(finding("PA-001", "B11", "REFUSE", "{PASSPORT} Permenkumham 8/2014"),
				finding("PA-030", "B25", "REQUEST_DOCUMENTS", "SE Dirjenim IMI-0277.GR.02.06/2017"),
				referral("RF-003", "PPNS_IMIGRASI"));

		Notice notice = compose(logged, "REFUSE", "REFUSE", NoticeLanguage.ID);

		assertThat(notice.general()).isFalse();
		assertThat(notice.grounds()).extracting(Notice.Ground::reason)
			.containsExactly("Nama Anda tercantum dalam daftar pencegahan.");
		assertThat(notice.legalBasis()).containsExactly("{PASSPORT} Permenkumham 8/2014");
		assertThat(notice.further()).extracting(Notice.Ground::lift).containsExactly("Lampirkan undangan.");
		assertThat(notice.decidedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(notice.office()).isEqualTo("Kantor Imigrasi Kelas I TPI Soekarno-Hatta");
	}

	@Test
	void shouldNotNameWhatTheOfficerSetAside() {
		LoggedDecision logged = passport(finding("PA-001", "B11", "REFUSE", "{PASSPORT} Permenkumham 8/2014"),
				finding("PA-030", "B25", "REQUEST_DOCUMENTS", "SE Dirjenim IMI-0277.GR.02.06/2017"));

		Notice notice = compose(logged, "REFUSE", "REQUEST_DOCUMENTS", NoticeLanguage.EN);

		assertThat(notice.grounds()).extracting(Notice.Ground::reason)
			.containsExactly("EN Kunjungan keluarga belum jelas.");
		assertThat(notice.legalBasis()).containsExactly("SE Dirjenim IMI-0277.GR.02.06/2017");
		assertThat(notice.further()).isEmpty();
	}

	@Test
	void shouldGiveTheGeneralReasonWhenNoFindingHasTheOfficersDecision() {
		LoggedDecision logged = departure(finding("DC-020", "B35", "SECONDARY_INSPECTION", TPI));

		Notice notice = compose(logged, "SECONDARY_INSPECTION", "DEFER", NoticeLanguage.ID);

		assertThat(notice.general()).isTrue();
		assertThat(notice.grounds()).containsExactly(new Notice.Ground(Outcome.DEFER, null, null));
		assertThat(notice.legalBasis()).isEmpty();
		assertThat(notice.checkpoint()).isEqualTo("CGK");
	}

	@Test
	void shouldWithholdACitationThatNamesASuspectedOffenceAndKeepTheAdministrativeGround() {
		LoggedDecision logged = departure(finding("DC-014", "B25", "DEFER", TPI, "UU 21/2007 Pasal 4"),
				referral("RF-001", "POLRI"));

		Notice notice = compose(logged, "DEFER", "DEFER", NoticeLanguage.ID);

		assertThat(notice.legalBasis()).containsExactly(TPI);
		assertThat(NoticeSafety.citable("UU 1/2023 (KUHP) Pasal 457")).isFalse();
		assertThat(NoticeSafety.citable("UU 6/2011 Pasal 16 ayat (1) huruf c")).isTrue();
	}

	@Test
	void shouldPrintTheGeneralReasonInsteadOfAnUnsafeCitizenText() {
		this.rows.set(3, row("DC-011", "B19", Outcome.DEFER, "Anda dirujuk ke Polri.", "Tunggu perekrut Anda."));
		LoggedDecision logged = departure(finding("DC-011", "B19", "DEFER", TPI));

		Notice notice = compose(logged, "DEFER", "DEFER", NoticeLanguage.ID);

		assertThat(notice.grounds()).containsExactly(new Notice.Ground(Outcome.DEFER, null, null));
		assertThat(NoticeSafety.safe("Daftarkan diri di Dinas Tenaga Kerja (Disnaker) atau BP3MI.")).isTrue();
		assertThat(NoticeSafety.safe("Rujukan ke UPTD_PPA.")).isFalse();
	}

	@Test
	void shouldTakeTheRowOfTheSameRuleFromTheActiveVersionWhenTheDecisionsVersionIsGone() {
		LoggedDecision logged = departure(finding("DC-011", "B42", "DEFER", TPI));

		Notice own = this.composer.compose(logged, outcome("DEFER", "DEFER"), new CitizenTexts(this.rows, true),
				NoticeLanguage.ID);
		Notice active = this.composer.compose(logged, outcome("DEFER", "DEFER"), new CitizenTexts(this.rows, false),
				NoticeLanguage.ID);

		assertThat(own.grounds()).extracting(Notice.Ground::reason).containsOnlyNulls();
		assertThat(active.grounds()).extracting(Notice.Ground::reason).containsExactly("Visa bukan visa haji.");
	}

	@Test
	void shouldRefuseANoticeForAFinalDecisionThatDecidesNothingAgainstThePerson() {
		LoggedDecision logged = departure(finding("DC-020", "B35", "SECONDARY_INSPECTION", TPI));

		for (String finalDecision : List.of("SECONDARY_INSPECTION", "ALLOW")) {
			assertThatExceptionOfType(NoNoticeNeededException.class)
				.isThrownBy(() -> compose(logged, "SECONDARY_INSPECTION", finalDecision, NoticeLanguage.ID));
		}
	}

	@Test
	void shouldNotPrintACheckpointThatIsNotATpiCode() {
		LoggedDecision logged = departure(finding("DC-011", "B19", "DEFER", TPI));
		LoggedDecision named = new LoggedDecision(logged.decisionId(), logged.service(), logged.legalDate(),
				logged.decidedAt(), logged.caller(), logged.nikHash(), logged.recommendation(), logged.rulesetVersion(),
				logged.rulesetSha256(), 0, "{\"checkpoint\": \"Pak Budi, gate 3\"}", logged.decision());

		assertThat(compose(named, "DEFER", "DEFER", NoticeLanguage.ID).checkpoint()).isNull();
	}

	private Notice compose(LoggedDecision logged, String recommendation, String finalDecision,
			NoticeLanguage language) {
		return this.composer.compose(logged, outcome(recommendation, finalDecision), new CitizenTexts(this.rows, true),
				language);
	}

	private static OfficerOutcome outcome(String recommendation, String finalDecision) {
		return new OfficerOutcome(
				recommendation.equals(finalDecision) ? OfficerOutcome.Action.FOLLOWED
						: OfficerOutcome.Action.OVERRIDDEN,
				finalDecision,
				recommendation.equals(finalDecision) ? null : OfficerOutcome.ReasonCode.SUPERVISOR_DECISION,
				"cgk-officer-0147", "Recruiter seen at the gate", OffsetDateTime.parse("2026-12-01T18:30:00Z"));
	}

	private static LoggedDecision passport(DecisionAnswer.FindingAnswer... findings) {
		return logged("passport-application", "{}", findings);
	}

	private static LoggedDecision departure(DecisionAnswer.FindingAnswer... findings) {
		return logged("departure", "{\"checkpoint\": \"CGK\"}", findings);
	}

	private static LoggedDecision logged(String service, String facts, DecisionAnswer.FindingAnswer... findings) {
		DecisionAnswer answer = new DecisionAnswer("d-1", service, "X", true, LocalDate.of(2026, 11, 30),
				List.of(findings), List.of(), new DecisionAnswer.RulesetAnswer("v1", "abc"));
		try {
			return new LoggedDecision("d-1", service, LocalDate.of(2026, 11, 30),
					OffsetDateTime.parse("2026-11-30T01:00:00Z"), "caller-1", "hash", "X", "v1", "abc", 10, facts,
					JSON.writeValueAsString(answer));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static DecisionAnswer.FindingAnswer finding(String ruleId, String cell, String outcome,
			String... citations) {
		return new DecisionAnswer.FindingAnswer(ruleId, "t", source(ruleId, cell), outcome, null, null,
				new DecisionAnswer.ReasonAnswer("Alasan petugas " + ruleId, "Officer's reason " + ruleId),
				List.of(citations).stream().map((c) -> new DecisionAnswer.CitationAnswer(c, c)).toList(), Map.of(),
				false);
	}

	private static DecisionAnswer.FindingAnswer referral(String ruleId, String agency) {
		return new DecisionAnswer.FindingAnswer(ruleId, "referral", source(ruleId, "B11"), "REFER", agency, "IMMEDIATE",
				new DecisionAnswer.ReasonAnswer("Rujuk", "Refer"),
				List.of(new DecisionAnswer.CitationAnswer("UU 21/2007 Pasal 1 angka 1", "UU 21/2007")), Map.of(),
				false);
	}

	private static RulesetInfo.Row row(String ruleId, String cell, Outcome outcome, String reason, String lift) {
		return new RulesetInfo.Row(ruleId, "t", source(ruleId, cell), outcome, null, null, new Reason("r", "r"),
				List.of(), LocalDate.of(2011, 5, 5), null, "owner", LocalDate.of(2027, 12, 31),
				new Reason(reason, "EN " + reason), new Reason(lift, "EN " + lift), List.of());
	}

	private static String source(String ruleId, String cell) {
		return (ruleId.startsWith("PA") ? "passport-application.drl.xlsx!Permohonan Paspor!"
				: "departure.drl.xlsx!Keberangkatan!") + cell;
	}

}
