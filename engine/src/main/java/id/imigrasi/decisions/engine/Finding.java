package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;

/**
 * One decision-table row that matched the case (SPEC 2.4): what it recommends, why, on
 * which law, from which cell, and the facts its conditions read.
 *
 * @param table the decision service the row belongs to ({@code passport-application},
 * {@code departure}) or {@code referral}
 * @param source the row's rule-ID cell, {@code file!sheet!cell}
 * @param agency for a referral row, the agency it refers to; otherwise null
 * @param urgency for a referral row, its urgency; otherwise null
 * @param decisive whether this finding set the recommendation (its outcome is the most
 * severe)
 */
public record Finding(String ruleId, String table, String source, Outcome outcome, Agency agency, Urgency urgency,
		Reason reason, List<Citation> legalBasis, Map<String, Object> facts, boolean decisive) {

}
