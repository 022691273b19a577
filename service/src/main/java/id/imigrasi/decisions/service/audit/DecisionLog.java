package id.imigrasi.decisions.service.audit;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.system.ApiKeys;
import id.imigrasi.decisions.service.system.Requester;

/**
 * Keeps every decision answered: the row is committed (with other decisions of the
 * moment, {@link GroupCommitWriter}) before the answer leaves, and a decision that could
 * not be stored is not answered at all ({@link DecisionLogUnavailableException}, 503), so
 * no caller holds a decision the log does not know. Keeps the officer's outcome of each
 * decision the same way, and lets a key read only what its role allows: a caller its own
 * decisions, an auditor or admin any, each read logged in the {@link AccessLog}.
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

	private final OutcomeRepository outcomes;

	private final AccessLog accessLog;

	private final RuleCounters counters;

	private final DecisionLogHealth health;

	DecisionLog(DecisionRepository repository, GroupCommitWriter writer, NikHasher hasher, StoredFacts facts,
			ObjectMapper json, Clock clock, MeterRegistry registry, OutcomeRepository outcomes, AccessLog accessLog,
			RuleCounters counters, DecisionLogHealth health) {
		this.repository = repository;
		this.health = health;
		this.outcomes = outcomes;
		this.accessLog = accessLog;
		this.counters = counters;
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
		if (!this.health.writable()) {
			throw new DecisionLogUnavailableException();
		}
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
		List<RuleHit> hits = RuleHit.of(decision);
		long start = System.nanoTime();
		try {
			this.writer.store(new LogWrite.DecisionWrite(row, hits));
		}
		catch (DataAccessException ex) {
			// The cause's class only: a driver's message may quote the values stored.
			log.error("Decision {} could not be logged ({}); it was not answered", decision.decisionId(),
					ex.getMostSpecificCause().getClass().getName());
			this.health.failed(ex);
			throw new DecisionLogUnavailableException();
		}
		finally {
			this.writes.record(Duration.ofNanos(System.nanoTime() - start));
		}
		this.counters.decided(hits);
		return row.decision();
	}

	/**
	 * A decision for a key that may read it, the read logged before it is answered: a
	 * caller's own decision, or any for an auditor or admin.
	 * @param kind what the read is for the access log, e.g. {@link AccessLog#NOTICE}
	 * @throws DecisionNotFoundException 404 for an unknown (or purged) decision
	 * @throws NotYourDecisionException 403 for a caller reading another's decision (the
	 * refusal is logged too)
	 */
	public LoggedDecision read(String decisionId, Requester who, String kind) {
		LoggedDecision logged = find(decisionId).orElseThrow(DecisionNotFoundException::new);
		if (!who.asked(logged.caller()) && !who.may(ApiKeys.Role.AUDITOR)) {
			this.accessLog.denied(who, kind, decisionId);
			throw new NotYourDecisionException();
		}
		this.accessLog.record(who, kind, decisionId, null);
		return logged;
	}

	/**
	 * A person's decisions for an auditor, the search logged with its purpose and the
	 * keyed hash of the NIK, never the NIK.
	 */
	public List<LoggedDecision> search(SearchRequest search, Requester who) {
		String nikHash = this.hasher.hash(search.nik());
		List<LoggedDecision> found = this.health
			.reading(() -> this.repository.findByPerson(nikHash, search.fromOrEarliest(), search.toOrLatest()));
		this.accessLog.search(who, search.purpose(), nikHash, "legal dates " + search.fromOrEarliest() + " to "
				+ search.toOrLatest() + ", " + found.size() + " decision(s) found");
		return found;
	}

	/**
	 * The decision a key asked for, to record its outcome; only the key that asked may
	 * (SPEC 8.1). Not a read of the log: nothing of it is answered.
	 * @throws DecisionNotFoundException 404 for an unknown decision
	 * @throws NotYourDecisionException 403 for another key's decision
	 */
	public LoggedDecision askedBy(String decisionId, Requester who) {
		LoggedDecision logged = find(decisionId).orElseThrow(DecisionNotFoundException::new);
		if (!who.asked(logged.caller())) {
			throw new NotYourDecisionException();
		}
		return logged;
	}

	/**
	 * Stores the officer's outcome of a decision with what it adds to the criteria
	 * counts, once.
	 * @return the outcome as stored, with the time it was
	 * @throws OutcomeExistsException 409 when the decision has one already
	 * @throws DecisionLogUnavailableException 503 when it could not be stored
	 */
	public OfficerOutcome recordOutcome(LoggedDecision decision, OfficerOutcome outcome) {
		if (!this.health.writable()) {
			throw new DecisionLogUnavailableException();
		}
		OfficerOutcome stored = outcome.recorded(decidedAt());
		List<RuleHit> hits = RuleHit.of(read(decision.decision()));
		try {
			this.writer.store(new LogWrite.OutcomeWrite(decision, hits, stored));
		}
		catch (DuplicateKeyException ex) {
			throw new OutcomeExistsException();
		}
		catch (DataIntegrityViolationException ex) {
			// The decision was purged since it was read.
			throw new DecisionNotFoundException();
		}
		catch (DataAccessException ex) {
			log.error("The outcome of decision {} could not be logged ({})", decision.decisionId(),
					ex.getMostSpecificCause().getClass().getName());
			this.health.failed(ex);
			throw new DecisionLogUnavailableException();
		}
		this.counters.outcome(hits, stored);
		return stored;
	}

	/** The officer's outcome of a decision, if one is recorded. */
	public Optional<OfficerOutcome> outcomeOf(String decisionId) {
		return this.health.reading(() -> this.outcomes.find(decisionId));
	}

	/**
	 * UTC, to the microsecond that H2 and PostgreSQL both keep, so it reads back equal.
	 */
	private OffsetDateTime decidedAt() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * @throws DecisionLogUnavailableException 503 when the log cannot be read
	 */
	Optional<LoggedDecision> find(String decisionId) {
		return this.health.reading(() -> this.repository.findById(decisionId));
	}

	private JsonNode read(String json) {
		try {
			return this.json.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A logged decision is not JSON", ex);
		}
	}

	private static String callerName(Principal caller) {
		if (caller == null || caller.getName() == null || caller.getName().isBlank()) {
			return ANONYMOUS;
		}
		String name = caller.getName();
		return (name.length() <= 200) ? name : name.substring(0, 200);
	}

}
