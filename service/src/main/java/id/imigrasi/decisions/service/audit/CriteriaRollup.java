package id.imigrasi.decisions.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The criteria counts rolled up per day of decision and rule ID (table
 * {@code criteria_daily}, migration V11): added to in the transaction that stores the
 * decisions or outcomes they count, summed over any period for the statistics. Why a
 * roll-up rather than an index over findings: docs/decision-log.md.
 */
@Repository
public class CriteriaRollup {

	private static final List<String> COUNTS = Stream
		.concat(Stream.of("hits", "decisive_hits", "outcomes", "followed", "overridden", "decisive_overridden"),
				Stream.of(OfficerOutcome.ReasonCode.values()).map(OfficerOutcome.ReasonCode::column))
		.toList();

	private static final int HITS = 0;

	private static final int DECISIVE_HITS = 1;

	private static final int OUTCOMES = 2;

	private static final int FOLLOWED = 3;

	private static final int OVERRIDDEN = 4;

	private static final int DECISIVE_OVERRIDDEN = 5;

	private static final int FIRST_REASON = 6;

	/**
	 * Standard MERGE, the same on H2 and on PostgreSQL 15 and later: adds to the day's
	 * row or creates it.
	 */
	private static final String MERGE = """
			MERGE INTO criteria_daily t
			USING (VALUES (CAST(:decidedOn AS DATE), CAST(:ruleId AS VARCHAR(64)), CAST(:ruleTable AS VARCHAR(40)), %s))
			    AS s (decided_on, rule_id, rule_table, %s)
			ON t.decided_on = s.decided_on AND t.rule_id = s.rule_id
			WHEN MATCHED THEN UPDATE SET %s
			WHEN NOT MATCHED THEN INSERT (decided_on, rule_id, rule_table, %s)
			    VALUES (s.decided_on, s.rule_id, s.rule_table, %s)
			""".formatted(join("CAST(:%s AS BIGINT)"), join("%s"), join("%s = t.%s + s.%s"), join("%s"), join("s.%s"));

	private static final String SUM = """
			SELECT rule_id, MAX(rule_table) AS rule_table, %s
			FROM criteria_daily
			WHERE decided_on >= :from AND decided_on <= :to
			GROUP BY rule_id
			ORDER BY rule_id
			""".formatted(join("SUM(%s) AS %s"));

	private final NamedParameterJdbcTemplate jdbc;

	CriteriaRollup(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the counts of one transaction, one statement per day and rule ID. */
	void add(Delta delta) {
		if (delta.counts.isEmpty()) {
			return;
		}
		List<SqlParameterSource> rows = new ArrayList<>(delta.counts.size());
		delta.counts.forEach((key, counts) -> {
			MapSqlParameterSource row = new MapSqlParameterSource().addValue("decidedOn", key.decidedOn())
				.addValue("ruleId", key.ruleId())
				.addValue("ruleTable", delta.tables.get(key.ruleId()));
			for (int i = 0; i < COUNTS.size(); i++) {
				row.addValue(COUNTS.get(i), counts[i]);
			}
			rows.add(row);
		});
		this.jdbc.batchUpdate(MERGE, rows.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Every rule ID's counts for the decisions made from {@code from} to {@code to} (days
	 * in Asia/Jakarta, both inclusive), and {@link RuleHit#EVERY_DECISION}'s for all
	 * decisions; ordered by rule ID.
	 */
	public List<RuleCounts> between(LocalDate from, LocalDate to) {
		try {
			return this.jdbc.query(SUM, Map.of("from", from, "to", to), CriteriaRollup::counts);
		}
		catch (DataAccessException ex) {
			// 503 like every read of the log, never 500 (issue 20).
			throw DecisionLogUnavailableException.reading();
		}
	}

	private static RuleCounts counts(ResultSet rs, int rowNum) throws SQLException {
		Map<OfficerOutcome.ReasonCode, Long> reasons = new EnumMap<>(OfficerOutcome.ReasonCode.class);
		for (OfficerOutcome.ReasonCode reason : OfficerOutcome.ReasonCode.values()) {
			reasons.put(reason, rs.getLong(reason.column()));
		}
		return new RuleCounts(rs.getString("rule_id"), rs.getString("rule_table"), rs.getLong("hits"),
				rs.getLong("decisive_hits"), rs.getLong("outcomes"), rs.getLong("followed"), rs.getLong("overridden"),
				rs.getLong("decisive_overridden"), reasons);
	}

	private static String join(String pattern) {
		return COUNTS.stream().map((column) -> pattern.replace("%s", column)).collect(Collectors.joining(", "));
	}

	/**
	 * The counts of one rule ID over a period.
	 *
	 * @param ruleId a rule ID, or {@code *} for every decision
	 * @param hits decisions in which the rule fired
	 * @param decisiveHits decisions whose recommendation it set
	 * @param outcomes decisions it fired in whose outcome an officer recorded
	 * @param decisiveOverridden overridden decisions whose recommendation it set
	 * @param overridesByReason overridden decisions by the officer's reason, every code
	 */
	public record RuleCounts(String ruleId, String table, long hits, long decisiveHits, long outcomes, long followed,
			long overridden, long decisiveOverridden, Map<OfficerOutcome.ReasonCode, Long> overridesByReason) {

		public RuleCounts {
			overridesByReason = Map.copyOf(overridesByReason);
		}

		public boolean everyDecision() {
			return RuleHit.EVERY_DECISION.equals(this.ruleId);
		}

	}

	/** What one transaction adds, per day and rule ID. */
	static final class Delta {

		private final Map<Key, long[]> counts = new LinkedHashMap<>();

		private final Map<String, String> tables = new LinkedHashMap<>();

		private record Key(LocalDate decidedOn, String ruleId) {
		}

		/** A decision and the rules that fired in it. */
		void decided(LocalDate decidedOn, List<RuleHit> hits) {
			count(decidedOn, RuleHit.EVERY_DECISION, RuleHit.EVERY_DECISION)[HITS]++;
			for (RuleHit hit : hits) {
				long[] counts = count(decidedOn, hit.ruleId(), hit.table());
				counts[HITS]++;
				if (hit.decisive()) {
					counts[DECISIVE_HITS]++;
				}
			}
		}

		/**
		 * The outcome of a decision made on {@code decidedOn}, for each rule that fired.
		 */
		void outcome(LocalDate decidedOn, List<RuleHit> hits, OfficerOutcome outcome) {
			outcome(count(decidedOn, RuleHit.EVERY_DECISION, RuleHit.EVERY_DECISION), false, outcome);
			for (RuleHit hit : hits) {
				outcome(count(decidedOn, hit.ruleId(), hit.table()), hit.decisive(), outcome);
			}
		}

		private static void outcome(long[] counts, boolean decisive, OfficerOutcome outcome) {
			counts[OUTCOMES]++;
			if (outcome.action() == OfficerOutcome.Action.FOLLOWED) {
				counts[FOLLOWED]++;
				return;
			}
			counts[OVERRIDDEN]++;
			if (decisive) {
				counts[DECISIVE_OVERRIDDEN]++;
			}
			counts[FIRST_REASON + outcome.reasonCode().ordinal()]++;
		}

		private long[] count(LocalDate decidedOn, String ruleId, String table) {
			this.tables.putIfAbsent(ruleId, table);
			return this.counts.computeIfAbsent(new Key(decidedOn, ruleId), (key) -> new long[COUNTS.size()]);
		}

	}

}
