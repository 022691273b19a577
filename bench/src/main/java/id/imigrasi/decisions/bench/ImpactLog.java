package id.imigrasi.decisions.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Referral;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.Departure;

/**
 * A decision log of many departures written straight into {@code decision_log}, shaped as
 * the service writes each row (docs/decision-log.md): the facts as the service keeps them
 * (the request as read, the NIK replaced by a 64-hex keyed hash, no name, no travel
 * document number, the legal date written in) and the decision as the API answered it
 * (SPEC 4). The cases are the benchmark corpus from its seed, each at a legal date of its
 * own over a quarter (the corpus's check date and the 89 days before it), decided over
 * the last 89 days. The service itself made the schema (its migrations); the impact
 * command then reads this log as it reads a real one, and finds nothing to change when
 * the tables are the same: the shape is checked by that.
 */
final class ImpactLog {

	static final int BATCH = 1000;

	private static final String INSERT = """
			INSERT INTO decision_log (decision_id, service, legal_date, decided_at, caller, nik_hash, recommendation,
			    ruleset_version, ruleset_sha256, evaluation_micros, facts, decision)
			VALUES (?, 'departure', ?, ?, 'bench', ?, ?, ?, ?, 3, ?, ?)
			""";

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.setSerializationInclusion(JsonInclude.Include.NON_NULL);

	private ImpactLog() {
	}

	/**
	 * Writes {@code size} decisions of {@code ruleset} in batches, one transaction per
	 * batch.
	 */
	static void write(Connection connection, Ruleset ruleset, long size, Instant now) throws SQLException {
		connection.setAutoCommit(false);
		Iterator<Departure> cases = Corpus.stream(Corpus.SEED, size).iterator();
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			long i = 0;
			while (cases.hasNext()) {
				Departure generated = cases.next();
				LocalDate legalDate = Corpus.CHECK_DATE.minusDays(i % 90);
				Departure departure = at(generated, legalDate);
				Decision decision = ruleset.evaluate(departure, legalDate);
				String nikHash = String.format("%064x", departure.person().nik().hashCode() & 0xffffffffL);
				insert.setString(1, UUID.randomUUID().toString());
				insert.setObject(2, legalDate);
				insert.setObject(3,
						OffsetDateTime.ofInstant(now.minus(Duration.ofSeconds(i % (89L * 86_400))), ZoneOffset.UTC));
				insert.setString(4, nikHash);
				insert.setString(5, decision.recommendation().name());
				insert.setString(6, decision.ruleset().version());
				insert.setString(7, decision.ruleset().sha256());
				insert.setString(8, facts(departure, nikHash));
				insert.setString(9, answer(decision));
				insert.addBatch();
				if (++i % BATCH == 0) {
					insert.executeBatch();
					connection.commit();
				}
			}
			insert.executeBatch();
			connection.commit();
		}
	}

	/** The same case at another legal date. */
	private static Departure at(Departure d, LocalDate date) {
		return new Departure(d.checkId(), date, d.checkpoint(), d.person(), d.travelDocument(), d.statedPurpose(),
				d.destinationCountry(), d.transitCountries(), d.visaType(), d.returnTicket(), d.migrantWorker(),
				d.accompaniedBy(), d.interview());
	}

	/** As the service's StoredFacts keeps a request. */
	static String facts(Departure departure, String nikHash) {
		ObjectNode facts = JSON.valueToTree(departure);
		ObjectNode person = (ObjectNode) facts.get("person");
		person.put("nik", nikHash);
		person.remove("fullName");
		((ObjectNode) facts.get("travelDocument")).remove("number");
		facts.put("checkDate", departure.checkDate().toString());
		return facts.toString();
	}

	/** As the service's contract.DecisionAnswer answers a decision. */
	static String answer(Decision decision) {
		ObjectNode answer = JSON.createObjectNode();
		answer.put("decisionId", decision.decisionId())
			.put("service", decision.service())
			.put("recommendation", decision.recommendation().name())
			.put("advisory", true)
			.put("legalDate", decision.legalDate().toString());
		ArrayNode findings = answer.putArray("findings");
		for (Finding finding : decision.findings()) {
			ObjectNode node = findings.addObject()
				.put("ruleId", finding.ruleId())
				.put("table", finding.table())
				.put("source", finding.source())
				.put("outcome", finding.outcome().name());
			if (finding.agency() != null) {
				node.put("agency", finding.agency().name()).put("urgency", finding.urgency().name());
			}
			node.putObject("reason").put("id", finding.reason().id()).put("en", finding.reason().en());
			citations(node.putArray("legalBasis"), finding.legalBasis());
			node.set("facts", JSON.valueToTree(finding.facts()));
			node.put("decisive", finding.decisive());
		}
		ArrayNode referrals = answer.putArray("referrals");
		for (Referral referral : decision.referrals()) {
			ObjectNode node = referrals.addObject()
				.put("agency", referral.agency().name())
				.put("agencyName", referral.agencyName())
				.put("urgency", referral.urgency().name());
			referral.ruleIds().forEach(node.putArray("ruleIds")::add);
			node.putObject("reason").put("id", referral.reason().id()).put("en", referral.reason().en());
			ArrayNode reasons = node.putArray("reasons");
			referral.reasons()
				.forEach((r) -> reasons.addObject().put("ruleId", r.ruleId()).put("id", r.id()).put("en", r.en()));
			citations(node.putArray("legalBasis"), referral.legalBasis());
		}
		answer.putObject("ruleset")
			.put("version", decision.ruleset().version())
			.put("sha256", decision.ruleset().sha256());
		return answer.toString();
	}

	private static void citations(ArrayNode into, java.util.List<Citation> citations) {
		citations.forEach((c) -> into.addObject().put("citation", c.citation()).put("instrument", c.instrument()));
	}

}
