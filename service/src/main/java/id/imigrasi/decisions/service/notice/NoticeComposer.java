package id.imigrasi.decisions.service.notice;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.LoggedDecision;
import id.imigrasi.decisions.service.audit.OfficerOutcome;
import id.imigrasi.decisions.service.contract.DecisionAnswer;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

/**
 * Writes the notice of one decision from what the log kept: the officer's final decision,
 * the findings that support it with the citizen's texts of their rows, and their legal
 * basis as it stood on the legal date. What the notice follows is the officer, not the
 * engine: a finding with the final decision's outcome is a ground; a milder restrictive
 * finding is something else to resolve; a harsher one the officer set aside and is not
 * mentioned. When no finding has the final decision's outcome (the officer decided more
 * strictly than any row), the notice gives a general reason and says the deciding
 * official explains it; it never prints the officer's own reasons or note, which are
 * written for colleagues and may name what the person must not hear.
 */
@Component
class NoticeComposer {

	private static final Logger log = LoggerFactory.getLogger(NoticeComposer.class);

	/** What a TPI code looks like; anything else in {@code checkpoint} is not printed. */
	private static final Pattern TPI_CODE = Pattern.compile("[A-Z0-9]{2,8}");

	private final ActiveRuleset active;

	private final NoticeSettings settings;

	private final ObjectMapper json;

	private final Clock clock;

	NoticeComposer(ActiveRuleset active, NoticeSettings settings, ObjectMapper json, Clock clock) {
		this.active = active;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @throws NoNoticeNeededException when the final decision needs no notice
	 */
	Notice compose(LoggedDecision logged, OfficerOutcome outcome, NoticeLanguage language) {
		return compose(logged, outcome, CitizenTexts.of(this.active, logged), language);
	}

	/** As above, with the rows whose citizen texts the notice prints. */
	Notice compose(LoggedDecision logged, OfficerOutcome outcome, CitizenTexts texts, NoticeLanguage language) {
		Outcome finalDecision = Outcome.valueOf(outcome.finalDecision());
		if (!Notice.needed(finalDecision)) {
			throw new NoNoticeNeededException(finalDecision);
		}
		DecisionAnswer answer = read(logged.decision(), DecisionAnswer.class);
		Set<Notice.Ground> grounds = new LinkedHashSet<>();
		Set<String> legalBasis = new LinkedHashSet<>();
		Set<Notice.Ground> further = new LinkedHashSet<>();
		for (DecisionAnswer.FindingAnswer finding : answer.findings()) {
			Optional<Outcome> found = outcomeOf(finding);
			if (found.isEmpty() || !Notice.needed(found.get())) {
				continue;
			}
			if (found.get() == finalDecision) {
				grounds.add(ground(finding, found.get(), texts, language));
				finding.legalBasis()
					.stream()
					.map(DecisionAnswer.CitationAnswer::citation)
					.filter(NoticeSafety::citable)
					.forEach(legalBasis::add);
			}
			else if (found.get().service() == finalDecision.service()
					&& found.get().severity() < finalDecision.severity()) {
				further.add(ground(finding, found.get(), texts, language));
			}
		}
		boolean general = grounds.isEmpty();
		if (general) {
			grounds.add(new Notice.Ground(finalDecision, null, null));
		}
		DecisionService service = DecisionService.fromPath(logged.service());
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.settings.zone()));
		return new Notice(logged.decisionId(), language, service, finalDecision, logged.legalDate(),
				outcome.recordedAt().atZoneSameInstant(this.settings.zone()).toLocalDate(), now, this.settings.office(),
				this.settings.address(), checkpoint(logged), List.copyOf(grounds), List.copyOf(legalBasis),
				List.copyOf(further), general);
	}

	/**
	 * The finding's row's citizen texts, or (none written, or unsafe) the general reason
	 * of its outcome.
	 */
	private static Notice.Ground ground(DecisionAnswer.FindingAnswer finding, Outcome outcome, CitizenTexts texts,
			NoticeLanguage language) {
		Optional<RulesetInfo.Row> row = texts.row(finding.ruleId(), finding.source());
		String reason = row.map((r) -> language.of(r.citizenReason())).orElse(null);
		String lift = row.map((r) -> language.of(r.citizenLift())).orElse(null);
		if (!NoticeSafety.safe(reason) || !NoticeSafety.safe(lift)) {
			// Refused by the validator since issue 13; a version kept from before may
			// still hold it.
			log.warn("The citizen's text of row {} ({}) is not fit for a notice; its general reason is printed",
					finding.ruleId(), finding.source());
			return new Notice.Ground(outcome, null, null);
		}
		return new Notice.Ground(outcome, reason, lift);
	}

	private static Optional<Outcome> outcomeOf(DecisionAnswer.FindingAnswer finding) {
		try {
			return Optional.of(Outcome.valueOf(finding.outcome()));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	private String checkpoint(LoggedDecision logged) {
		JsonNode checkpoint = read(logged.facts(), JsonNode.class).path("checkpoint");
		return (checkpoint.isTextual() && TPI_CODE.matcher(checkpoint.textValue()).matches()) ? checkpoint.textValue()
				: null;
	}

	private <T> T read(String text, Class<T> type) {
		try {
			return this.json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A logged decision is not readable JSON", ex);
		}
	}

}
