package id.imigrasi.decisions.engine.internal.properties;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.internal.validation.Expr;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * A property of the law as read from its YAML ({@link PropertyReader}): what must hold
 * for every case, checked over the whole case space.
 *
 * @param source {@code engine} for the shipped ones, else the file it came from
 * @param from the first legal date the property speaks of; null for the first date any
 * row is in force
 * @param clauses for {@link Kind#IMPLICATION}: when the facts (and the decision) are so,
 * then the decision must be so
 * @param variations for {@link Kind#COUNTERFACTUAL}: the facts whose change alone must
 * not change the restrictive part of the decision
 * @param enforcement for {@link Kind#COUNTERFACTUAL}: agencies whose referral counts as
 * restrictive
 * @param indicators for {@link Kind#MONOTONE}: facts whose adding must never give a
 * milder recommendation
 */
record PropertySpec(String id, Reason title, String basis, String source, LocalDate from, Kind kind,
		List<Clause> clauses, List<Variation> variations, Set<Agency> enforcement, List<Indicator> indicators) {

	/** The kinds of property. */
	enum Kind {

		/** When the facts are so, the decision must be so. */
		IMPLICATION,
		/** Changing only one fact never changes the restrictive part of the decision. */
		COUNTERFACTUAL,
		/** Adding one risk indicator never gives a milder recommendation. */
		MONOTONE,
		/**
		 * Every finding cites a basis in force on the legal date, none outside its dates.
		 */
		CITATIONS

	}

	/**
	 * One "when ... then ..." of an implication.
	 *
	 * @param service the service it speaks of, or null for both
	 * @param when the facts, null for every case
	 * @param whenReferrals referrals the decision must have for the clause to apply
	 */
	record Clause(DecisionService service, Expr when, List<ReferralRequirement> whenReferrals, Then then) {
	}

	/**
	 * A referral the decision has: to this agency (any if null), at least this urgency
	 * (any if null).
	 */
	record ReferralRequirement(Agency agency, Urgency urgency) {

		String describe() {
			return ((this.agency != null) ? this.agency.name() : "any agency")
					+ ((this.urgency != null) ? " " + this.urgency : "");
		}

		String describeId() {
			return ((this.agency != null) ? this.agency.name() : "instansi mana pun")
					+ ((this.urgency != null) ? " " + this.urgency : "");
		}

	}

	/**
	 * What the decision must be.
	 *
	 * @param recommendation one of these, or null
	 * @param recommendationNotIn none of these, or null
	 */
	record Then(Set<Outcome> recommendation, Set<Outcome> recommendationNotIn, List<ReferralRequirement> referrals,
			List<String> findings, List<String> notFindings) {
	}

	/**
	 * One fact a counterfactual varies.
	 *
	 * @param dim the property name
	 * @param values both values must satisfy this (on the fact), or null
	 * @param across a threshold the two values must lie on either side of, or null
	 * @param when the case must satisfy this, or null
	 */
	record Variation(String dim, String path, Expr values, Integer across, Expr when) {
	}

	/** A risk indicator a monotone property adds: the fact takes this value. */
	record Indicator(String dim, String path, Object value) {
	}

}
