package id.imigrasi.decisions.service.audit;

import java.time.LocalDate;
import java.util.List;

import id.imigrasi.decisions.engine.DecisionEngine;

/**
 * One write to the decision log, stored by {@link GroupCommitWriter} in the same
 * transaction as what it adds to the criteria counts, so the counts never disagree with
 * the log.
 */
sealed interface LogWrite {

	void store(DecisionRepository decisions, OutcomeRepository outcomes);

	void count(CriteriaRollup.Delta delta);

	/** A decision answered, and the rules that fired in it. */
	record DecisionWrite(LoggedDecision row, List<RuleHit> hits) implements LogWrite {

		@Override
		public void store(DecisionRepository decisions, OutcomeRepository outcomes) {
			decisions.insert(this.row);
		}

		@Override
		public void count(CriteriaRollup.Delta delta) {
			delta.decided(decidedOn(this.row), this.hits);
		}

	}

	/**
	 * An officer's outcome, counted for the rules of its decision on the day of its
	 * decision.
	 */
	record OutcomeWrite(LoggedDecision decision, List<RuleHit> hits, OfficerOutcome outcome) implements LogWrite {

		@Override
		public void store(DecisionRepository decisions, OutcomeRepository outcomes) {
			outcomes.insert(this.decision.decisionId(), this.outcome);
		}

		@Override
		public void count(CriteriaRollup.Delta delta) {
			delta.outcome(decidedOn(this.decision), this.hits, this.outcome);
		}

	}

	/** The day a decision was made where the officers work. */
	static LocalDate decidedOn(LoggedDecision decision) {
		return decision.decidedAt().atZoneSameInstant(DecisionEngine.JAKARTA).toLocalDate();
	}

}
