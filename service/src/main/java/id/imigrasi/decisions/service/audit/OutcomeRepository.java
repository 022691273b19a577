package id.imigrasi.decisions.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code decision_outcome} table (migration V10): one officer's outcome per decision,
 * a second refused by the primary key.
 */
@Repository
class OutcomeRepository {

	private final JdbcClient jdbc;

	OutcomeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the decision has an
	 * outcome already
	 */
	void insert(String decisionId, OfficerOutcome outcome) {
		this.jdbc.sql("""
				INSERT INTO decision_outcome (decision_id, recorded_at, officer_action, final_decision, reason_code,
				    officer, note)
				VALUES (:decisionId, :recordedAt, :action, :finalDecision, :reasonCode, :officer, :note)
				""")
			.param("decisionId", decisionId)
			.param("recordedAt", outcome.recordedAt())
			.param("action", outcome.action().name())
			.param("finalDecision", outcome.finalDecision())
			.param("reasonCode", (outcome.reasonCode() != null) ? outcome.reasonCode().name() : null)
			.param("officer", outcome.officer())
			.param("note", outcome.note())
			.update();
	}

	Optional<OfficerOutcome> find(String decisionId) {
		return this.jdbc.sql("SELECT * FROM decision_outcome WHERE decision_id = :id")
			.param("id", decisionId)
			.query(OutcomeRepository::row)
			.optional();
	}

	private static OfficerOutcome row(ResultSet rs, int rowNum) throws SQLException {
		String reason = rs.getString("reason_code");
		return new OfficerOutcome(OfficerOutcome.Action.valueOf(rs.getString("officer_action")),
				rs.getString("final_decision"), (reason != null) ? OfficerOutcome.ReasonCode.valueOf(reason) : null,
				rs.getString("officer"), rs.getString("note"),
				rs.getObject("recorded_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
	}

}
