package id.imigrasi.decisions.service.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures the criteria statistics on a generated year of decisions, the
 * daily roll-up against the alternative of an index over findings (bench/RESULTS.md,
 * "Criteria statistics on a year"). Run by hand, never by the build:
 *
 * <pre>
 * mvn -B -q -pl service -am test-compile -DskipTests
 * mvn -B -q -pl service dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp service/target/test-classes:service/target/classes:$(cat service/target/cp.txt) \
 *   id.imigrasi.decisions.service.audit.CriteriaYearBench h2|postgres [decisions]
 * </pre>
 *
 * PostgreSQL is the database of {@code DECISIONS_TEST_PG_URL}; the bench drops and
 * recreates the log's tables there.
 */
public final class CriteriaYearBench {

	private static final int BATCH = 256;

	/** Rule IDs of the built-in tables, by how often they fire at a real counter. */
	private static final String[] COMMON = { "DC-020", "DC-012", "DC-010", "RF-010", "RF-011", "PA-060", "PA-013",
			"PA-020", "PA-030", "PA-040", "RF-001" };

	private static final String[] RARE = { "DC-001", "DC-002", "DC-003", "DC-011", "DC-013", "DC-014", "DC-015",
			"PA-001", "PA-002", "PA-003", "PA-004", "PA-005", "PA-010", "PA-011", "PA-012", "PA-050", "PA-051",
			"RF-002", "RF-003", "RF-004", "RF-005", "RF-006", "RF-020", "RF-021", "RF-022", "RF-030", "RF-040",
			"RF-041" };

	private CriteriaYearBench() {
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "h2";
		int decisions = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		DataSource dataSource = dataSource(database);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		for (String table : List.of("access_log", "criteria_daily", "decision_outcome", "decision_log", "bench_finding",
				"bench_outcome", "flyway_schema_history")) {
			jdbc.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
		}
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		// The alternative: one row per finding, indexed by day and rule, joined with the
		// outcomes.
		jdbc.execute("CREATE TABLE bench_finding (decision_id VARCHAR(64) NOT NULL, decided_on DATE NOT NULL, "
				+ "rule_id VARCHAR(64) NOT NULL, decisive BOOLEAN NOT NULL)");
		jdbc.execute("CREATE INDEX bench_finding_day_rule ON bench_finding (decided_on, rule_id)");
		jdbc.execute("CREATE TABLE bench_outcome (decision_id VARCHAR(64) NOT NULL PRIMARY KEY, "
				+ "officer_action VARCHAR(20) NOT NULL, reason_code VARCHAR(40))");
		CriteriaRollup rollup = new CriteriaRollup(new NamedParameterJdbcTemplate(dataSource));
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

		Random random = new Random(15);
		LocalDate first = LocalDate.of(2025, 1, 1);
		long rollupNanos = 0;
		long findings = 0;
		long outcomes = 0;
		long start = System.nanoTime();
		for (int done = 0; done < decisions; done += BATCH) {
			CriteriaRollup.Delta delta = new CriteriaRollup.Delta();
			List<Object[]> findingRows = new ArrayList<>();
			List<Object[]> outcomeRows = new ArrayList<>();
			for (int i = done; i < Math.min(decisions, done + BATCH); i++) {
				LocalDate day = first.plusDays((long) i * 365 / decisions);
				String id = "d-" + i;
				List<RuleHit> hits = hits(random);
				delta.decided(day, hits);
				hits.forEach((hit) -> findingRows.add(new Object[] { id, day, hit.ruleId(), hit.decisive() }));
				if (random.nextInt(10) < 4) {
					OfficerOutcome outcome = outcome(random);
					delta.outcome(day, hits, outcome);
					outcomeRows.add(new Object[] { id, outcome.action().name(),
							(outcome.reasonCode() != null) ? outcome.reasonCode().name() : null });
				}
			}
			findings += findingRows.size();
			outcomes += outcomeRows.size();
			long[] spent = new long[1];
			transactions.executeWithoutResult((status) -> {
				long t = System.nanoTime();
				rollup.add(delta);
				spent[0] = System.nanoTime() - t;
				jdbc.batchUpdate("INSERT INTO bench_finding VALUES (?, ?, ?, ?)", findingRows);
				jdbc.batchUpdate("INSERT INTO bench_outcome VALUES (?, ?, ?)", outcomeRows);
			});
			rollupNanos += spent[0];
		}
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		long rows = jdbc.queryForObject("SELECT COUNT(*) FROM criteria_daily", Long.class);
		System.out.printf("%s: %,d decisions over 365 days, %,d findings, %,d outcomes; loaded in %.0f s%n", database,
				decisions, findings, outcomes, loadSeconds);
		System.out.printf("roll-up: %,d rows; adding to it took %.1f µs per decision (batches of %d)%n", rows,
				rollupNanos / 1e3 / decisions, BATCH);
		singleDecisionCost(rollup, transactions, random, first.plusDays(400));

		LocalDate last = first.plusDays(364);
		jdbc.execute(database.equals("h2") ? "ANALYZE" : "ANALYZE bench_finding");
		for (int run = 0; run < 2; run++) {
			report("roll-up, a year", median(() -> rollup.between(first, last)));
			report("roll-up, a month", median(() -> rollup.between(first.plusDays(180), first.plusDays(209))));
			report("index over findings, a year", median(() -> findingsQuery(jdbc, first, last)));
			report("index over findings, a month",
					median(() -> findingsQuery(jdbc, first.plusDays(180), first.plusDays(209))));
		}
	}

	/**
	 * One decision per transaction, as at a quiet hour: a MERGE per rule of the decision
	 * and one for every decision, inside the transaction the decision commits anyway.
	 */
	private static void singleDecisionCost(CriteriaRollup rollup, TransactionTemplate transactions, Random random,
			LocalDate day) {
		int n = 5000;
		long[] spent = new long[1];
		for (int i = 0; i < n; i++) {
			CriteriaRollup.Delta delta = new CriteriaRollup.Delta();
			delta.decided(day, hits(random));
			transactions.executeWithoutResult((status) -> {
				long t = System.nanoTime();
				rollup.add(delta);
				spent[0] += System.nanoTime() - t;
			});
		}
		System.out.printf("roll-up, one decision per transaction: %.0f µs per decision before its commit%n",
				spent[0] / 1e3 / n);
	}

	private static int findingsQuery(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
		return jdbc.queryForList("""
				SELECT f.rule_id, COUNT(*) AS hits, SUM(CASE WHEN f.decisive THEN 1 ELSE 0 END) AS decisive_hits,
				    COUNT(o.decision_id) AS outcomes,
				    SUM(CASE WHEN o.officer_action = 'OVERRIDDEN' THEN 1 ELSE 0 END) AS overridden,
				    SUM(CASE WHEN o.reason_code = 'NEW_FACTS' THEN 1 ELSE 0 END) AS new_facts
				FROM bench_finding f LEFT JOIN bench_outcome o ON o.decision_id = f.decision_id
				WHERE f.decided_on >= ? AND f.decided_on <= ?
				GROUP BY f.rule_id
				""", from, to).size();
	}

	/**
	 * Three in four decisions find nothing (as at a real counter); the rest 1 to 4 rules.
	 */
	private static List<RuleHit> hits(Random random) {
		if (random.nextInt(4) != 0) {
			return List.of();
		}
		List<RuleHit> hits = new ArrayList<>();
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			String ruleId = (random.nextInt(5) < 4) ? COMMON[random.nextInt(COMMON.length)]
					: RARE[random.nextInt(RARE.length)];
			if (hits.stream().noneMatch((h) -> h.ruleId().equals(ruleId))) {
				hits.add(new RuleHit(ruleId, ruleId.startsWith("RF") ? "referral" : "departure",
						i == 0 && !ruleId.startsWith("RF")));
			}
		}
		return hits;
	}

	/** Officers follow most recommendations; about one in six is overridden. */
	private static OfficerOutcome outcome(Random random) {
		if (random.nextInt(6) != 0) {
			return new OfficerOutcome(OfficerOutcome.Action.FOLLOWED, "ALLOW", null, "o", null, OffsetDateTime.now());
		}
		OfficerOutcome.ReasonCode[] reasons = OfficerOutcome.ReasonCode.values();
		return new OfficerOutcome(OfficerOutcome.Action.OVERRIDDEN, "DEFER", reasons[random.nextInt(reasons.length)],
				"o", null, OffsetDateTime.now());
	}

	private static double median(Runnable query) {
		query.run();
		double[] millis = new double[7];
		for (int i = 0; i < millis.length; i++) {
			long t = System.nanoTime();
			query.run();
			millis[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(millis);
		return millis[millis.length / 2];
	}

	private static void report(String what, double millis) {
		System.out.printf("%-32s median of 7: %8.1f ms%n", what, millis);
	}

	/**
	 * A pool, as the service has: H2 would otherwise reopen its file on every call. H2
	 * does not reuse the last result of a query here, so each repeat is measured.
	 */
	private static DataSource dataSource(String database) throws Exception {
		HikariDataSource pool = new HikariDataSource();
		pool.setMaximumPoolSize(2);
		if (database.equals("postgres")) {
			pool.setJdbcUrl(env("DECISIONS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/decisions_test"));
			pool.setUsername(env("DECISIONS_TEST_PG_USER", "decisions_test"));
			pool.setPassword(env("DECISIONS_TEST_PG_PASSWORD", "decisions_test"));
			return pool;
		}
		Path folder = Files.createTempDirectory("criteria-year-");
		pool.setJdbcUrl("jdbc:h2:file:" + folder.resolve("decision-log") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0"
				+ ";OPTIMIZE_REUSE_RESULTS=FALSE");
		pool.setUsername("sa");
		pool.setPassword("");
		return pool;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
