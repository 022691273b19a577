package id.imigrasi.decisions.service.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the decision log's table must do on every database it supports: the same tests run
 * on the embedded H2 file ({@link DecisionRepositoryH2Tests}) and on PostgreSQL
 * ({@link DecisionRepositoryPostgresTests}), with the same migrations.
 */
abstract class DecisionRepositoryContract {

	static final OffsetDateTime NOW = OffsetDateTime.of(2025, 5, 19, 3, 15, 42, 123_456_000, ZoneOffset.UTC);

	static final String PERSON = "a".repeat(64);

	static final String OTHER_PERSON = "b".repeat(64);

	private DecisionRepository repository;

	private JdbcClient jdbc;

	abstract DataSource dataSource();

	@BeforeEach
	void emptyLog() {
		DataSource dataSource = dataSource();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		this.jdbc.sql("DELETE FROM decision_log").update();
		this.repository = new DecisionRepository(this.jdbc);
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

		int purged = new RetentionJob(this.repository, clock, "P5Y").purge();

		assertThat(purged).isEqualTo(2);
		assertThat(this.repository.findByPerson(PERSON, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)))
			.extracting(LoggedDecision::decisionId)
			.containsExactly("today", "just-under");
	}

	static LoggedDecision row(String id, String nikHash, LocalDate legalDate, OffsetDateTime decidedAt) {
		return new LoggedDecision(id, "departure", legalDate,
				decidedAt.truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC), "caller-1", nikHash,
				"DEFER", "builtin-1.0.0", "c".repeat(64), 412,
				"{\"checkId\":\"" + id + "\",\"person\":{\"nik\":\"" + nikHash + "\"}}",
				"{\"decisionId\":\"" + id + "\",\"recommendation\":\"DEFER\",\"advisory\":true}");
	}

}
