package id.imigrasi.decisions.service.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GroupCommitWriterTest {

	@TempDir
	Path dataDir;

	private JdbcClient jdbc;

	private GroupCommitWriter writer;

	@BeforeEach
	void openLog() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:file:" + this.dataDir.resolve("decision-log") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		this.writer = new GroupCommitWriter(new DecisionRepository(this.jdbc), new OutcomeRepository(this.jdbc),
				new CriteriaRollup(new NamedParameterJdbcTemplate(dataSource)),
				new DataSourceTransactionManager(dataSource));
	}

	@AfterEach
	void closeLog() throws InterruptedException {
		this.writer.destroy();
	}

	private static LogWrite decision(LoggedDecision row) {
		return new LogWrite.DecisionWrite(row, List.of());
	}

	@Test
	void shouldStoreEveryConcurrentDecisionBeforeReturningAndShareCommits() throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(16);
		List<Future<?>> stored = new ArrayList<>();
		for (int i = 0; i < 800; i++) {
			String id = "d-" + i;
			stored.add(callers.submit(() -> {
				this.writer.store(new LogWrite.DecisionWrite(
						DecisionRepositoryContract.row(id, DecisionRepositoryContract.PERSON, LocalDate.of(2025, 5, 19),
								DecisionRepositoryContract.NOW),
						List.of(new RuleHit("DC-010", "departure", id.hashCode() % 2 == 0))));
				// Once store returns, the row must be there for anyone to read.
				assertThat(this.jdbc.sql("SELECT COUNT(*) FROM decision_log WHERE decision_id = :id")
					.param("id", id)
					.query(Integer.class)
					.single()).isEqualTo(1);
			}));
		}
		for (Future<?> future : stored) {
			future.get();
		}
		callers.shutdown();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM decision_log").query(Integer.class).single()).isEqualTo(800);
		assertThat(this.writer.commits()).isLessThan(800);
		// The counts were added in the same transactions: they match the log exactly.
		assertThat(hits("*")).isEqualTo(800);
		assertThat(hits("DC-010")).isEqualTo(800);
	}

	@Test
	void shouldFailOnlyTheRowThatCannotBeStored() {
		this.writer.store(decision(DecisionRepositoryContract.row("d-1", DecisionRepositoryContract.PERSON,
				LocalDate.of(2025, 5, 19), DecisionRepositoryContract.NOW)));

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.writer
			.store(decision(DecisionRepositoryContract.row("d-1", DecisionRepositoryContract.OTHER_PERSON,
					LocalDate.of(2025, 5, 19), DecisionRepositoryContract.NOW))));
		this.writer.store(decision(DecisionRepositoryContract.row("d-2", DecisionRepositoryContract.PERSON,
				LocalDate.of(2025, 5, 19), DecisionRepositoryContract.NOW)));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM decision_log").query(Integer.class).single()).isEqualTo(2);
		// The refused row's counts went with it.
		assertThat(hits("*")).isEqualTo(2);
	}

	private long hits(String ruleId) {
		return this.jdbc.sql("SELECT COALESCE(SUM(hits), 0) FROM criteria_daily WHERE rule_id = :id")
			.param("id", ruleId)
			.query(Long.class)
			.single();
	}

}
