package id.imigrasi.decisions.model;

import java.util.Objects;

/**
 * Inserted by every decision-table row that fires (its rule-ID cell is the action), so
 * that rows of the referral table can react to rows of the other tables, e.g. RF-010
 * "deferred or refused as a non-procedural migrant worker". The explanation is built from
 * the workbook, not from this fact.
 */
public final class RowMatch {

	private final String ruleId;

	public RowMatch(String ruleId) {
		this.ruleId = Objects.requireNonNull(ruleId);
	}

	public String getRuleId() {
		return this.ruleId;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof RowMatch match) && match.ruleId.equals(this.ruleId);
	}

	@Override
	public int hashCode() {
		return this.ruleId.hashCode();
	}

	@Override
	public String toString() {
		return "RowMatch[" + this.ruleId + "]";
	}

}
