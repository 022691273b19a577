package id.imigrasi.decisions.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code decision_log} table (migration V1), the same SQL on H2 and PostgreSQL.
 */
@Repository
class DecisionRepository {

	/** A supervisor's search answers at most this many rows, newest first. */
	static final int SEARCH_LIMIT = 1000;

	private final JdbcClient jdbc;

	DecisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(LoggedDecision row) {
		this.jdbc.sql("""
				INSERT INTO decision_log (decision_id, service, legal_date, decided_at, caller, nik_hash,
				    recommendation, ruleset_version, ruleset_sha256, evaluation_micros, facts, decision)
				VALUES (:decisionId, :service, :legalDate, :decidedAt, :caller, :nikHash,
				    :recommendation, :rulesetVersion, :rulesetSha256, :evaluationMicros, :facts, :decision)
				""").paramSource(row).update();
	}

	Optional<LoggedDecision> findById(String decisionId) {
		return this.jdbc.sql("SELECT * FROM decision_log WHERE decision_id = :id")
			.param("id", decisionId)
			.query(DecisionRepository::row)
			.optional();
	}

	/** A person's decisions with a legal date in [from, to], newest first. */
	List<LoggedDecision> findByPerson(String nikHash, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM decision_log
				WHERE nik_hash = :nikHash AND legal_date >= :from AND legal_date <= :to
				ORDER BY decided_at DESC, decision_id
				FETCH FIRST %d ROWS ONLY
				""".formatted(SEARCH_LIMIT))
			.param("nikHash", nikHash)
			.param("from", from)
			.param("to", to)
			.query(DecisionRepository::row)
			.list();
	}

	/** Deletes what was decided before {@code cutoff}; answers how many rows went. */
	int deleteDecidedBefore(OffsetDateTime cutoff) {
		return this.jdbc.sql("DELETE FROM decision_log WHERE decided_at < :cutoff")
			.param("cutoff", cutoff.withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	private static LoggedDecision row(ResultSet rs, int rowNum) throws SQLException {
		return new LoggedDecision(rs.getString("decision_id"), rs.getString("service"),
				rs.getObject("legal_date", LocalDate.class),
				rs.getObject("decided_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
				rs.getString("caller"), rs.getString("nik_hash"), rs.getString("recommendation"),
				rs.getString("ruleset_version"), rs.getString("ruleset_sha256"), rs.getLong("evaluation_micros"),
				rs.getString("facts"), rs.getString("decision"));
	}

}
