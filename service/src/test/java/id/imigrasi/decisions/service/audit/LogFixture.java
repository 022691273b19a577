package id.imigrasi.decisions.service.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;
import id.imigrasi.decisions.service.contract.RequestReaderTest;

/**
 * A decision log of its own on an H2 file, written through the service's own path
 * ({@link DecisionLog#record}, {@link DecisionLog#recordOutcome}) on days the test
 * chooses: for tests of what is computed from the log, such as the criteria statistics.
 */
public final class LogFixture implements AutoCloseable {

	private final SettableClock clock = new SettableClock();

	private final GroupCommitWriter writer;

	private final CriteriaRollup rollup;

	private final DecisionLog log;

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final ReadResult request;

	private LogFixture(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		OutcomeRepository outcomes = new OutcomeRepository(jdbc);
		DecisionRepository decisions = new DecisionRepository(jdbc);
		this.rollup = new CriteriaRollup(new NamedParameterJdbcTemplate(dataSource));
		this.writer = new GroupCommitWriter(decisions, outcomes, this.rollup,
				new DataSourceTransactionManager(dataSource));
		DecisionLogHealth health = new DecisionLogHealth(dataSource, this.clock);
		this.log = new DecisionLog(decisions, this.writer, new NikHasher("log-fixture-secret-0123456789abcdef"),
				new StoredFacts(json, this.clock), json, this.clock, this.registry, outcomes,
				new AccessLog(jdbc, this.clock, health), new RuleCounters(this.registry), health);
		try {
			this.request = new RequestReader(this.clock).read(DecisionService.DEPARTURE,
					RequestReaderTest.example("departure"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static LogFixture open(Path folder) {
		return new LogFixture(new DriverManagerDataSource(
				"jdbc:h2:file:" + folder.resolve("decision-log") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0", "sa", ""));
	}

	/** Decisions from now on are made at noon of this day, in Jakarta. */
	public void on(LocalDate day) {
		this.clock.now = day.atTime(LocalTime.NOON).atZone(DecisionEngine.JAKARTA).toInstant();
	}

	/**
	 * Logs a departure decision by {@code caller-1}.
	 * @param rules the rule IDs that fired, each true if it set the recommendation;
	 * {@code RF-} rules are referrals
	 */
	public LoggedDecision decide(Outcome recommendation, Map<String, Boolean> rules) {
		List<Finding> findings = new ArrayList<>();
		rules.forEach((ruleId, decisive) -> {
			boolean referral = ruleId.startsWith("RF-");
			findings.add(new Finding(ruleId, referral ? "referral" : "departure", "departure.drl.xlsx!Keberangkatan!B9",
					referral ? Outcome.REFER : decisive ? recommendation : Outcome.SECONDARY_INSPECTION,
					referral ? Agency.KP2MI : null, referral ? Urgency.ROUTINE : null, new Reason("alasan", "reason"),
					List.of(), Map.of(), decisive && !referral));
		});
		Decision decision = new Decision(UUID.randomUUID().toString(), DecisionService.DEPARTURE.path(), recommendation,
				true, LocalDate.now(this.clock), findings, List.of(),
				new RulesetInfo.Reference("fixture-1", "c".repeat(64)));
		this.log.record(this.request, decision, Duration.ofNanos(1000), () -> "caller-1");
		return this.log.find(decision.decisionId()).orElseThrow();
	}

	/**
	 * Logs the engine's real decision on a request, as the API would, by
	 * {@code caller-1}: the facts stored as every decision's are.
	 */
	public LoggedDecision decide(ReadResult request, DecisionEngine engine) {
		Decision decision = request.evaluate(engine);
		this.log.record(request, decision, Duration.ofNanos(1000), () -> "caller-1");
		return this.log.find(decision.decisionId()).orElseThrow();
	}

	public OfficerOutcome outcome(LoggedDecision decision, OfficerOutcome outcome) {
		return this.log.recordOutcome(decision, outcome);
	}

	public CriteriaRollup rollup() {
		return this.rollup;
	}

	public MeterRegistry registry() {
		return this.registry;
	}

	@Override
	public void close() throws InterruptedException {
		this.writer.destroy();
	}

	private static final class SettableClock extends Clock {

		private Instant now = Instant.now();

		@Override
		public ZoneId getZone() {
			return DecisionEngine.JAKARTA;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
