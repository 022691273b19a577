package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.Map;

import id.imigrasi.decisions.model.request.CaseRequest;

/**
 * A complete set of decision tables, compiled and read: what finds the matching rows, the
 * rows as policy staff wrote them, and the dated lists. Immutable and shared by every
 * evaluation; a new version is a new {@code Ruleset}. {@link DecisionEngine} is the usual
 * way to evaluate a case on it.
 */
public interface Ruleset {

	/** The ruleset built into the KJAR at build time (the embedded default). */
	static Ruleset embedded() throws RulesetException {
		return EngineServices.get().embedded();
	}

	/**
	 * Compiles a complete set of workbooks (the three rule tables and lists.xlsx) into a
	 * new ruleset. Nothing is shared with a running one, so a failure leaves it
	 * untouched.
	 */
	static Ruleset compile(String version, Map<String, byte[]> workbooks) throws RulesetException {
		return compile(version, workbooks, WorkbookLimits.defaults());
	}

	/**
	 * As {@link #compile(String, Map)}, refusing a set past the given limits before
	 * reading it and giving up a compile that takes longer than they allow.
	 */
	static Ruleset compile(String version, Map<String, byte[]> workbooks, WorkbookLimits limits)
			throws RulesetException {
		return EngineServices.get().compile(version, workbooks, limits);
	}

	RulesetInfo info();

	/** The workbooks this ruleset was built from, by file name (copies). */
	Map<String, byte[]> workbooks();

	/** The recommendation for one case at the given legal date, with every reason. */
	Decision evaluate(CaseRequest request, LocalDate legalDate);

}
