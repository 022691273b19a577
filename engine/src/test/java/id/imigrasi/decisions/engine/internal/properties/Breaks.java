package id.imigrasi.decisions.engine.internal.properties;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.request.Interview;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.TravelDocumentType;

/**
 * Each shipped property judged again by the test, from the counterexample's requests and
 * a fresh decision of the engine, independently of the checker: a reported counterexample
 * must really break its property.
 */
final class Breaks {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

	private Breaks() {
	}

	/** The engine's decisions for the counterexample's requests, decided again. */
	static List<Decision> decide(Ruleset ruleset, Counterexample example) {
		return example.requests().stream().map((r) -> ruleset.evaluate(r, example.legalDate())).toList();
	}

	static boolean pMinor(Ruleset ruleset, Counterexample example) {
		CaseRequest request = example.requests().get(0);
		Decision decision = decide(ruleset, example).get(0);
		Interview interview = interview(request);
		boolean work = request.match((a) -> a.statedPurpose(), (d) -> d.statedPurpose()) == Purpose.WORK
				|| (interview != null
						&& (Boolean.TRUE.equals(interview.intendsToWork()) || interview.jobOffer() != null));
		boolean minor = Period.between(request.person().birthDate(), example.legalDate()).getYears() < 18;
		boolean protectedAtOnce = decision.referrals()
			.stream()
			.anyMatch((r) -> r.agency() == Agency.UPTD_PPA && r.urgency() == Urgency.IMMEDIATE);
		return minor && work && (lenient(decision) || !protectedAtOnce);
	}

	static boolean pImmediate(Ruleset ruleset, Counterexample example) {
		Decision decision = decide(ruleset, example).get(0);
		return decision.referrals().stream().anyMatch((r) -> r.urgency() == Urgency.IMMEDIATE) && lenient(decision);
	}

	static boolean pMandatory(Ruleset ruleset, Counterexample example) {
		CaseRequest request = example.requests().get(0);
		Decision decision = decide(ruleset, example).get(0);
		boolean prevention = request.person().watchlist().preventionListMatch();
		if (request instanceof Departure departure) {
			boolean mandatory = prevention || request.person().watchlist().wantedForInvestigation()
					|| departure.travelDocument().expiryDate().isBefore(example.legalDate())
					|| departure.travelDocument().type() == TravelDocumentType.OTHER;
			return mandatory && decision.recommendation() != Outcome.REFUSE_EXIT;
		}
		return prevention && decision.recommendation() != Outcome.REFUSE;
	}

	/**
	 * Two requests differing only in sex, birth date, domicile or occupation, one decided
	 * restrictively or with other restrictive rows than the other.
	 */
	static boolean pFair(Ruleset ruleset, Counterexample example) {
		List<Decision> decisions = decide(ruleset, example);
		ObjectNode a = stripped(example.requests().get(0), "sex", "birthDate", "domicile", "occupation");
		ObjectNode b = stripped(example.requests().get(1), "sex", "birthDate", "domicile", "occupation");
		Set<Agency> enforcement = Set.of(Agency.POLRI, Agency.PPNS_IMIGRASI);
		return a.equals(b)
				&& (decisions.get(0).recommendation().restrictive() != decisions.get(1).recommendation().restrictive()
						|| !restrictive(decisions.get(0), enforcement)
							.equals(restrictive(decisions.get(1), enforcement)));
	}

	/** The second request adds one indicator to the first and is decided more mildly. */
	static boolean pMonotone(Ruleset ruleset, Counterexample example) {
		List<Decision> decisions = decide(ruleset, example);
		ObjectNode a = (ObjectNode) JSON.valueToTree(example.requests().get(0));
		ObjectNode b = (ObjectNode) JSON.valueToTree(example.requests().get(1));
		int differences = 0;
		for (String field : List.of("recruiterPresent", "costsPaidByThirdParty", "passportHeldByOther",
				"purposeConsistent", "canStateTripDuration")) {
			if (!a.path("interview").path(field).equals(b.path("interview").path(field))) {
				differences++;
			}
		}
		for (String field : List.of("preventionListMatch", "wantedForInvestigation")) {
			if (!a.path("person")
				.path("watchlist")
				.path(field)
				.equals(b.path("person").path("watchlist").path(field))) {
				differences++;
			}
		}
		return differences == 1
				&& decisions.get(1).recommendation().severity() < decisions.get(0).recommendation().severity();
	}

	/** A finding of the decision cites an instrument outside the given dates. */
	static boolean citesOutside(Ruleset ruleset, Counterexample example, String instrument, LocalDate from) {
		Decision decision = decide(ruleset, example).get(0);
		return example.legalDate().isBefore(from) && decision.findings()
			.stream()
			.flatMap((f) -> f.legalBasis().stream())
			.anyMatch((c) -> c.instrument().equals(instrument));
	}

	static Set<String> restrictive(Decision decision, Set<Agency> enforcement) {
		Set<String> ids = new TreeSet<>();
		for (Finding finding : decision.findings()) {
			if (finding.outcome().restrictive()
					|| (finding.agency() != null && enforcement.contains(finding.agency()))) {
				ids.add(finding.ruleId());
			}
		}
		return ids;
	}

	private static boolean lenient(Decision decision) {
		return decision.recommendation() == Outcome.ISSUE || decision.recommendation() == Outcome.ALLOW;
	}

	private static Interview interview(CaseRequest request) {
		return request.match((a) -> a.interview(), (d) -> d.interview());
	}

	private static ObjectNode stripped(CaseRequest request, String... personFields) {
		ObjectNode json = (ObjectNode) JSON.valueToTree(request);
		json.remove(List.of("checkId", "applicationId"));
		ObjectNode person = (ObjectNode) json.get("person");
		for (String field : personFields) {
			person.remove(field);
		}
		return json;
	}

}
