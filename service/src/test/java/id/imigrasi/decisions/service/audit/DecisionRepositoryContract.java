package id.imigrasi.decisions.service.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.imigrasi.decisions.service.system.ApiKeys;
import id.imigrasi.decisions.service.system.Requester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the decision log's tables must do on every database it supports: the same tests
 * run on the embedded H2 file ({@link DecisionRepositoryH2Tests}) and on PostgreSQL
 * ({@link DecisionRepositoryPostgresTests}), with the same migrations: decisions,
 * officers' outcomes, the criteria roll-up (whose MERGE is standard SQL both must run the
 * same) and the access log.
 */
abstract class DecisionRepositoryContract {

	static final OffsetDateTime NOW = OffsetDateTime.of(2025, 5, 19, 3, 15, 42, 123_456_000, ZoneOffset.UTC);

	static final String PERSON = "a".repeat(64);

	static final String OTHER_PERSON = "b".repeat(64);

	private DecisionRepository repository;

	private JdbcClient jdbc;

	private OutcomeRepository outcomes;

	private CriteriaRollup rollup;

	private DecisionLogHealth health;

	private LogFileUpkeep upkeep;

	abstract DataSource dataSource();

	@BeforeEach
	void emptyLog() {
		DataSource dataSource = dataSource();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		this.jdbc.sql("DELETE FROM decision_log").update();
		this.jdbc.sql("DELETE FROM criteria_daily").update();
		this.jdbc.sql("DELETE FROM access_log").update();
		this.repository = new DecisionRepository(this.jdbc);
		this.outcomes = new OutcomeRepository(this.jdbc);
		this.rollup = new CriteriaRollup(new NamedParameterJdbcTemplate(dataSource));
		this.health = new DecisionLogHealth(dataSource, Clock.systemUTC());
		this.upkeep = new LogFileUpkeep(dataSource, Path.of("target", "repository-contract-data"), this.health);
	}

	@Test
	void shouldReadBackADecisionEqualToWhatWasStored() {
		LoggedDecision stored = row("d-1", PERSON, LocalDate.of(2025, 5, 19), NOW);

		this.repository.insert(stored);

		assertThat(this.repository.findById("d-1")).contains(stored);
		assertThat(this.repository.findById("d-2")).isEmpty();
	}

	@Test
	void shouldFindAPersonsDecisionsWithinTheLegalDatesNewestFirst() {
		this.repository.insert(row("early", PERSON, LocalDate.of(2025, 1, 2), NOW.minusMonths(4)));
		this.repository.insert(row("in-1", PERSON, LocalDate.of(2025, 5, 1), NOW.minusDays(18)));
		this.repository.insert(row("in-2", PERSON, LocalDate.of(2025, 5, 19), NOW));
		this.repository.insert(row("someone-else", OTHER_PERSON, LocalDate.of(2025, 5, 19), NOW));

		assertThat(this.repository.findByPerson(PERSON, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)))
			.extracting(LoggedDecision::decisionId)
			.containsExactly("in-2", "in-1");
		assertThat(this.repository.findByPerson(OTHER_PERSON, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
			.extracting(LoggedDecision::decisionId)
			.containsExactly("someone-else");
	}

	@Test
	void shouldRefuseASecondDecisionWithTheSameId() {
		this.repository.insert(row("d-1", PERSON, LocalDate.of(2025, 5, 19), NOW));

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.repository.insert(row("d-1", OTHER_PERSON, LocalDate.of(2025, 5, 19), NOW)));
		assertThat(this.repository.findById("d-1"))
			.hasValueSatisfying((d) -> assertThat(d.nikHash()).isEqualTo(PERSON));
	}

	@Test
	void shouldPurgeOnlyDecisionsOlderThanTheRetentionPeriod() {
		this.repository.insert(row("six-years", PERSON, LocalDate.of(2019, 5, 1), NOW.minusYears(6)));
		this.repository.insert(row("just-over", PERSON, LocalDate.of(2020, 5, 18), NOW.minusYears(5).minusMinutes(1)));
		this.repository.insert(row("just-under", PERSON, LocalDate.of(2020, 5, 19), NOW.minusYears(5).plusMinutes(1)));
		this.repository.insert(row("today", PERSON, LocalDate.of(2025, 5, 19), NOW));
		Clock clock = Clock.fixed(NOW.toInstant(), ZoneOffset.ofHours(7));

		int purged = new RetentionJob(this.repository, new AccessLog(this.jdbc, clock, this.health), clock, "P5Y",
				this.upkeep)
			.purge();

		assertThat(purged).isEqualTo(2);
		assertThat(this.repository.findByPerson(PERSON, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)))
			.extracting(LoggedDecision::decisionId)
			.containsExactly("today", "just-under");
	}

	@Test
	void shouldKeepOneOutcomePerDecisionAndPurgeItWithItsDecision() {
		this.repository.insert(row("d-1", PERSON, LocalDate.of(2025, 5, 19), NOW));
		OfficerOutcome overridden = new OfficerOutcome(OfficerOutcome.Action.OVERRIDDEN, "ALLOW",
				OfficerOutcome.ReasonCode.DOCUMENTS_PRODUCED, "cgk-officer-7", "Return ticket shown at the desk.",
				NOW.plusHours(1));

		this.outcomes.insert("d-1", overridden);

		assertThat(this.outcomes.find("d-1")).contains(overridden);
		assertThat(this.outcomes.find("d-2")).isEmpty();
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.outcomes.insert("d-1",
				new OfficerOutcome(OfficerOutcome.Action.FOLLOWED, "DEFER", null, "cgk-officer-8", null, NOW)));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.outcomes.insert("no-such-decision", overridden));
		new RetentionJob(this.repository, new AccessLog(this.jdbc, Clock.systemUTC(), this.health), Clock.systemUTC(),
				"P1D", this.upkeep)
			.purge();
		assertThat(this.outcomes.find("d-1")).isEmpty();
	}

	@Test
	void shouldAddCriteriaCountsPerDayAndRuleAndSumThemOverAPeriod() {
		LocalDate monday = LocalDate.of(2025, 5, 19);
		CriteriaRollup.Delta first = new CriteriaRollup.Delta();
		first.decided(monday,
				List.of(new RuleHit("DC-012", "departure", true), new RuleHit("RF-010", "referral", false)));
		first.decided(monday, List.of());
		this.rollup.add(first);
		// A second transaction on the same day adds to the same rows (MERGE, matched).
		CriteriaRollup.Delta second = new CriteriaRollup.Delta();
		second.decided(monday, List.of(new RuleHit("DC-012", "departure", false)));
		second.outcome(monday, List.of(new RuleHit("DC-012", "departure", true)), new OfficerOutcome(
				OfficerOutcome.Action.OVERRIDDEN, "ALLOW", OfficerOutcome.ReasonCode.NEW_FACTS, "o-1", null, NOW));
		second.decided(monday.plusDays(1), List.of(new RuleHit("DC-012", "departure", true)));
		this.rollup.add(second);

		Map<String, CriteriaRollup.RuleCounts> monday19 = byRule(this.rollup.between(monday, monday));
		Map<String, CriteriaRollup.RuleCounts> both = byRule(this.rollup.between(monday, monday.plusDays(1)));

		CriteriaRollup.RuleCounts dc012 = monday19.get("DC-012");
		assertThat(dc012.table()).isEqualTo("departure");
		assertThat(List.of(dc012.hits(), dc012.decisiveHits(), dc012.outcomes(), dc012.followed(), dc012.overridden(),
				dc012.decisiveOverridden()))
			.containsExactly(2L, 1L, 1L, 0L, 1L, 1L);
		assertThat(dc012.overridesByReason()).containsEntry(OfficerOutcome.ReasonCode.NEW_FACTS, 1L)
			.containsEntry(OfficerOutcome.ReasonCode.OTHER, 0L);
		assertThat(monday19.get("*").hits()).isEqualTo(3);
		assertThat(monday19.get("*").overridden()).isEqualTo(1);
		assertThat(monday19.get("RF-010").decisiveHits()).isZero();
		assertThat(both.get("DC-012").hits()).isEqualTo(3);
		assertThat(both.get("*").hits()).isEqualTo(4);
		assertThat(this.rollup.between(monday.minusDays(7), monday.minusDays(1))).isEmpty();
	}

	@Test
	void shouldPageTheAccessLogNewestFirstAndPurgeIt() {
		Requester auditor = new Requester("auditor-1", Set.of(ApiKeys.Role.AUDITOR));
		for (int i = 0; i < 3; i++) {
			Clock at = Clock.fixed(NOW.plusMinutes(i).toInstant(), ZoneOffset.UTC);
			new AccessLog(this.jdbc, at, this.health).record(auditor, AccessLog.READ, "d-" + i, null);
		}
		new AccessLog(this.jdbc, Clock.fixed(NOW.plusMinutes(5).toInstant(), ZoneOffset.UTC), this.health)
			.search(auditor, new Purpose("objection 12/2025"), PERSON, "1 decision(s) found");
		AccessLog accessLog = new AccessLog(this.jdbc, Clock.systemUTC(), this.health);

		AccessLog.Page first = accessLog.page(0, 3);
		AccessLog.Page second = accessLog.page(1, 3);

		assertThat(first.total()).isEqualTo(4);
		assertThat(first.entries()).extracting(AccessLog.Entry::kind).containsExactly("SEARCH", "READ", "READ");
		AccessLog.Entry search = first.entries().get(0);
		assertThat(search.purpose()).isEqualTo("objection 12/2025");
		assertThat(search.subjectHash()).isEqualTo(PERSON);
		assertThat(search.accessor()).isEqualTo("auditor-1");
		assertThat(search.role()).isEqualTo("auditor");
		assertThat(search.at()).isEqualTo(NOW.plusMinutes(5).truncatedTo(ChronoUnit.MICROS));
		assertThat(second.entries()).extracting(AccessLog.Entry::decisionId).containsExactly("d-0");
		assertThat(accessLog.deleteAccessedBefore(NOW.plusMinutes(2))).isEqualTo(2);
		assertThat(accessLog.page(0, 10).total()).isEqualTo(2);
	}

	private static Map<String, CriteriaRollup.RuleCounts> byRule(List<CriteriaRollup.RuleCounts> counts) {
		return counts.stream().collect(Collectors.toMap(CriteriaRollup.RuleCounts::ruleId, (c) -> c));
	}

	static LoggedDecision row(String id, String nikHash, LocalDate legalDate, OffsetDateTime decidedAt) {
		return new LoggedDecision(id, "departure", legalDate,
				decidedAt.truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC), "caller-1", nikHash,
				"DEFER", "builtin-2.0.0", "c".repeat(64), 412,
				"{\"checkId\":\"" + id + "\",\"person\":{\"nik\":\"" + nikHash + "\"}}",
				"{\"decisionId\":\"" + id + "\",\"recommendation\":\"DEFER\",\"advisory\":true}");
	}

}
