package id.imigrasi.decisions.service.audit;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.contract.ReadResult;

/**
 * Keeps every decision answered: the row is committed (with other decisions of the
 * moment, {@link GroupCommitWriter}) before the answer leaves, and a decision that could
 * not be stored is not answered at all ({@link DecisionLogUnavailableException}, 503), so
 * no caller holds a decision the log does not know.
 */
@Component
public class DecisionLog {

	static final String ANONYMOUS = "anonymous";

	private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);

	private final DecisionRepository repository;

	private final GroupCommitWriter writer;

	private final NikHasher hasher;

	private final StoredFacts facts;

	private final ObjectMapper json;

	private final Clock clock;

	private final Timer writes;

	DecisionLog(DecisionRepository repository, GroupCommitWriter writer, NikHasher hasher, StoredFacts facts,
			ObjectMapper json, Clock clock, MeterRegistry registry) {
		this.repository = repository;
		this.writer = writer;
		this.hasher = hasher;
		this.facts = facts;
		this.json = json;
		this.clock = clock;
		this.writes = Timer.builder("decisions.log.write")
			.description("Time to store one decision in the decision log")
			.register(registry);
	}

	/**
	 * Stores a decision with the request it answered.
	 * @param caller the API key's principal (its label), or null
	 * @return the decision as JSON, exactly as stored: the answer to send
	 * @throws DecisionLogUnavailableException when the decision could not be stored; it
	 * must then not be answered
	 */
	public String record(ReadResult request, Decision decision, Duration evaluation, Principal caller) {
		String nikHash = this.hasher.hash(request.request().person().nik());
		LoggedDecision row;
		try {
			row = new LoggedDecision(decision.decisionId(), decision.service(), decision.legalDate(), decidedAt(),
					callerName(caller), nikHash, decision.recommendation().name(), decision.ruleset().version(),
					decision.ruleset().sha256(), evaluation.toNanos() / 1000,
					this.json.writeValueAsString(this.facts.keep(request, decision.legalDate(), nikHash)),
					this.json.writeValueAsString(DecisionAnswer.of(decision)));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A decision could not be written as JSON", ex);
		}
		long start = System.nanoTime();
		try {
			this.writer.store(row);
		}
		catch (DataAccessException ex) {
			// The cause's class only: a driver's message may quote the values stored.
			log.error("Decision {} could not be logged ({}); it was not answered", decision.decisionId(),
					ex.getMostSpecificCause().getClass().getName());
			throw new DecisionLogUnavailableException();
		}
		finally {
			this.writes.record(Duration.ofNanos(System.nanoTime() - start));
		}
		return row.decision();
	}

	/**
	 * UTC, to the microsecond that H2 and PostgreSQL both keep, so it reads back equal.
	 */
	private OffsetDateTime decidedAt() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	Optional<LoggedDecision> find(String decisionId) {
		return this.repository.findById(decisionId);
	}

	/** A person's decisions, found by the keyed hash of the NIK given. */
	List<LoggedDecision> findByPerson(String nik, LocalDate from, LocalDate to) {
		return this.repository.findByPerson(this.hasher.hash(nik), from, to);
	}

	private static String callerName(Principal caller) {
		if (caller == null || caller.getName() == null || caller.getName().isBlank()) {
			return ANONYMOUS;
		}
		String name = caller.getName();
		return (name.length() <= 200) ? name : name.substring(0, 200);
	}

}
