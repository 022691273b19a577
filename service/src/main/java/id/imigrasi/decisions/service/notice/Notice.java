package id.imigrasi.decisions.service.notice;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * What one notice says, in one language, ready for the template: nothing in it comes from
 * the officer's reasons, the referrals, the interview or the person's identity.
 *
 * @param decisionId the reference the citizen quotes when objecting
 * @param finalDecision the officer's final decision, one of {@link #NEEDED}
 * @param legalDate the application or check date the law was applied on
 * @param decidedOn the day the officer's outcome was recorded, where the office is
 * @param office the office's name as configured; null when not configured
 * @param officeAddress null when not configured
 * @param checkpoint the TPI code of a departure check; null for an application or when
 * not sent
 * @param grounds the reasons for the final decision: the findings with that outcome, or
 * one general reason when none has it
 * @param legalBasis the citations of the grounds as they stood on the legal date, each
 * once, without those that would name a suspected offence ({@link NoticeSafety})
 * @param further restrictive findings milder than the final decision: what else stands in
 * the way once the decision itself is lifted
 * @param general whether no finding supports the final decision (an officer's override)
 */
record Notice(String decisionId, NoticeLanguage language, DecisionService service, Outcome finalDecision,
		LocalDate legalDate, LocalDate decidedOn, ZonedDateTime printedAt, String office, String officeAddress,
		String checkpoint, List<Ground> grounds, List<String> legalBasis, List<Ground> further, boolean general) {

	/**
	 * The final decisions that keep a citizen from a passport or from leaving, or send an
	 * application back: each is owed its reasons in writing and a way to object.
	 */
	static final Set<Outcome> NEEDED = EnumSet.of(Outcome.REFUSE, Outcome.SUSPEND, Outcome.REQUEST_DOCUMENTS,
			Outcome.REFUSE_EXIT, Outcome.DEFER);

	Notice {
		grounds = List.copyOf(grounds);
		legalBasis = List.copyOf(legalBasis);
		further = List.copyOf(further);
	}

	/** Whether a final decision is owed a written notice. */
	static boolean needed(Outcome finalDecision) {
		return NEEDED.contains(finalDecision);
	}

	/**
	 * What the person can do about the grounds, each once: rows of one rule often share
	 * their advice.
	 */
	public List<Ground> lifts() {
		Map<String, Ground> lifts = new LinkedHashMap<>();
		for (Ground ground : this.grounds) {
			lifts.putIfAbsent((ground.lift() != null) ? ground.lift() : ground.outcome().name(), ground);
		}
		return List.copyOf(lifts.values());
	}

	/** The service's path name, for the template's messages. */
	public String serviceName() {
		return this.service.path();
	}

	/**
	 * A date as the notice prints it: {@code 2 Desember 2026}, {@code 2 December 2026}.
	 */
	public String date(LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", this.language.locale()).format(date);
	}

	/** When the notice was printed, to the minute, with the zone's offset. */
	public String printed() {
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm xxx", this.language.locale()).format(this.printedAt);
	}

	/**
	 * One reason written for the citizen and what lifts it.
	 *
	 * @param outcome the outcome of the finding (or, for a general reason, the final
	 * decision)
	 * @param reason the row's citizen's reason; null: the outcome's general reason
	 * @param lift what the person can do; null: the outcome's general advice
	 */
	record Ground(Outcome outcome, String reason, String lift) {
	}

}
