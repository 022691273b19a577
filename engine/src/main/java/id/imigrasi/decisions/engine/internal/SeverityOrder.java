package id.imigrasi.decisions.engine.internal;

import java.util.Comparator;

import id.imigrasi.decisions.model.Outcome;

/**
 * The order of findings: most severe outcome first (SPEC 2.1, 2.2), referral rows last,
 * then in the order the rows stand in the workbooks.
 */
final class SeverityOrder {

	static final Comparator<CompiledRow> FINDINGS = Comparator
		.comparingInt((CompiledRow row) -> row.outcome().severity())
		.reversed()
		.thenComparingInt(CompiledRow::order);

	private SeverityOrder() {
	}

	static Outcome mostSevere(Outcome a, Outcome b) {
		return (a == null || b.severity() > a.severity()) ? b : a;
	}

}
