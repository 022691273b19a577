package id.imigrasi.decisions.service.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.PropertyResult;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.service.contract.DecisionAnswer.RulesetAnswer;
import id.imigrasi.decisions.service.ruleset.Assessment;
import id.imigrasi.decisions.service.ruleset.ProblemAnswer;
import id.imigrasi.decisions.service.scenario.ScenarioResult;
import id.imigrasi.decisions.service.scenario.ScenarioRun;

/**
 * What a candidate ruleset would change in the decisions already made (issue 16): every
 * decision logged in the period evaluated again under the candidate at its own legal
 * date, compared with what was answered; and the candidate's scenario and property
 * results. Decisions are named by ID only, at most {@value Tally#EXAMPLES} per change:
 * never a NIK, its hash, a name or a fact.
 */
@Schema(name = "ImpactReport",
		description = "What a candidate ruleset changes in the decisions logged in the last days; IDs only")
public record ImpactReport(
		@Schema(description = "The candidate's label and the SHA-256 of its workbooks") RulesetAnswer candidate,
		@Schema(description = "The version answering decisions when the report was made (null from the command line)") String activeVersion,
		@Schema(description = "What each decision is compared with") String comparedWith, Period period, Totals totals,
		@Schema(description = "Decisions read per ruleset version they were answered under") List<VersionCount> answeredUnder,
		@Schema(description = "From → to recommendation matrix per service: every cell that holds a decision, "
				+ "with up to 20 example decision IDs where the recommendation changes") List<RecommendationChange> recommendations,
		@Schema(description = "Rows (rule IDs) that fire under the candidate and did not before") List<RowChange> rowsStarted,
		@Schema(description = "Rows (rule IDs) that fired before and do not under the candidate") List<RowChange> rowsStopped,
		@Schema(description = "Referral changes per agency and urgency; NOT_REFERRED for none") List<ReferralChange> referrals,
		@Schema(description = "Decisions whose stored facts (or logged answer) no longer read under the current "
				+ "contract: counted, named by ID, with the JSON paths of what is wrong") NotEvaluated unreadable,
		@Schema(description = "Decisions whose facts read but could not be evaluated under the candidate") NotEvaluated failed,
		Scenarios scenarios, Properties properties,
		@Schema(description = "What an upload of the candidate would decide; null from the command line, which "
				+ "runs the scenario packs and properties but not the service's other gates") Gate gate,
		Timing timing) {

	/** The state an outcome is compared with, said once for every reader. */
	static final String COMPARED_WITH = "the recommendation, findings (rule IDs) and referrals (agency, urgency) "
			+ "answered and logged; reasons and citations are not compared";

	/** Referral state of an agency a decision does not refer to. */
	static final String NOT_REFERRED = "NOT_REFERRED";

	/** Problems of the gate listed; the counts cover them all. */
	static final int MAX_PROBLEMS = 50;

	/** The decisions read: those decided in [from, to). */
	public record Period(int days, Instant from, Instant to) {
	}

	public record Totals(long read, long reevaluated, long changed, long unchanged, long unreadable, long failed,
			List<ServiceTotals> services) {
	}

	public record ServiceTotals(String service, long read, long reevaluated, long changed) {
	}

	public record VersionCount(String version, long decisions) {
	}

	/**
	 * One cell of the matrix: decisions answered {@code from}, recommended {@code to}.
	 */
	public record RecommendationChange(String service, String from, String to, long count, List<String> examples) {
	}

	public record RowChange(String ruleId, long count, List<String> examples) {
	}

	/**
	 * @param from the urgency answered, or {@code NOT_REFERRED}
	 * @param to the candidate's urgency, or {@code NOT_REFERRED}
	 */
	public record ReferralChange(String agency, String from, String to, long count, List<String> examples) {
	}

	/**
	 * @param decisionIds the first {@value Tally#NAMED} by ID
	 * @param notNamed how many more there are
	 * @param problems JSON path (or {@code service}, {@code answer}, {@code $} for a row
	 * that is not a request at all) to how many decisions have a problem there
	 */
	public record NotEvaluated(long count, List<String> decisionIds, long notNamed, Map<String, Long> problems) {
	}

	/**
	 * The packs that gate an upload run on the candidate.
	 *
	 * @param failed each failing scenario as {@code ID (file:line)}
	 * @param unreadable each pack problem as {@code file:line: message}
	 */
	public record Scenarios(int packs, int scenarios, long passed, List<String> failed, List<String> unreadable) {
	}

	public record Properties(boolean holds, List<PropertyLine> results, List<Violation> violations) {
	}

	/**
	 * @param cases classes of cases decided
	 */
	public record PropertyLine(String id, String status, String title, long cases) {
	}

	/**
	 * A broken property: the smallest case found, in words (its scenario is in a 422).
	 */
	public record Violation(String property, String service, String legalDate, String location, String message,
			String messageId) {
	}

	/**
	 * @param accepted whether an upload would activate the candidate
	 * @param problems the first {@value #MAX_PROBLEMS} problems, errors first
	 */
	public record Gate(boolean accepted, long errors, long warnings, List<ProblemAnswer> problems) {
	}

	/**
	 * Seconds of wall-clock time, and of each phase added over the threads that did it;
	 * {@code cpuSeconds} is the CPU time the reading thread and the workers used, and
	 * {@code cpuMicrosPerDecision} what one decision cost, whatever else the machine ran;
	 * {@code processCpuSeconds} the whole JVM's CPU time over the run, its collector and
	 * compiler included (from the command, the run's own; in the service, whatever else
	 * it did meanwhile too; -1 where the JVM does not say).
	 */
	public record Timing(double seconds, long decisionsPerSecond, int threads, double readingSeconds,
			double waitingSeconds, double parsingSeconds, double evaluatingSeconds, double diffingSeconds,
			double cpuSeconds, double cpuMicrosPerDecision, double processCpuSeconds) {
	}

	static ImpactReport of(RulesetInfo candidate, String activeVersion, Period period, LogImpact run,
			ScenarioRun scenarios, int packs, PropertyReport properties, Assessment assessment) {
		Tally tally = run.tally();
		return new ImpactReport(RulesetAnswer.of(candidate.reference()), activeVersion, COMPARED_WITH, period,
				totals(tally),
				tally.versions.entrySet().stream().map((e) -> new VersionCount(e.getKey(), e.getValue())).toList(),
				recommendations(tally), rows(tally.started), rows(tally.stopped), referrals(tally),
				notEvaluated(tally.unreadable, tally.unreadableProblems), notEvaluated(tally.failed, Map.of()),
				scenarios(scenarios, packs), properties(properties),
				(assessment != null) ? gate(assessment.problems(), assessment.accepted()) : null, timing(run));
	}

	private static Totals totals(Tally tally) {
		long changed = tally.changed.count();
		List<ServiceTotals> services = tally.services.entrySet()
			.stream()
			.map((e) -> new ServiceTotals(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
		return new Totals(tally.read, tally.reevaluated, changed, tally.reevaluated - changed, tally.unreadable.count(),
				tally.failed.count(), services);
	}

	private static List<RecommendationChange> recommendations(Tally tally) {
		return tally.transitions.entrySet()
			.stream()
			.map((e) -> new RecommendationChange(e.getKey().service(), e.getKey().from(), e.getKey().to(),
					e.getValue().count(), e.getValue().ids()))
			.sorted(Comparator.comparing(RecommendationChange::service)
				.thenComparing((c) -> -severity(c.from()))
				.thenComparing(RecommendationChange::from)
				.thenComparing((c) -> -severity(c.to()))
				.thenComparing(RecommendationChange::to))
			.toList();
	}

	/** Most severe first; a name the engine does not know (an old log) last. */
	static int severity(String outcome) {
		try {
			return Outcome.valueOf(outcome).severity();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return -1;
		}
	}

	private static List<RowChange> rows(Map<String, Examples> rows) {
		return rows.entrySet()
			.stream()
			.map((e) -> new RowChange(e.getKey(), e.getValue().count(), e.getValue().ids()))
			.sorted(Comparator.comparingLong(RowChange::count).reversed().thenComparing(RowChange::ruleId))
			.toList();
	}

	private static List<ReferralChange> referrals(Tally tally) {
		return tally.referrals.entrySet()
			.stream()
			.map((e) -> new ReferralChange(e.getKey().agency(), orNone(e.getKey().from()), orNone(e.getKey().to()),
					e.getValue().count(), e.getValue().ids()))
			.sorted(Comparator.comparing(ReferralChange::agency)
				.thenComparing(ReferralChange::from)
				.thenComparing(ReferralChange::to))
			.toList();
	}

	private static String orNone(String urgency) {
		return (urgency != null) ? urgency : NOT_REFERRED;
	}

	private static NotEvaluated notEvaluated(Examples examples, Map<String, Long> problems) {
		return new NotEvaluated(examples.count(), examples.ids(), examples.omitted(), Map.copyOf(problems));
	}

	private static Scenarios scenarios(ScenarioRun run, int packs) {
		List<String> failed = new ArrayList<>();
		for (ScenarioResult result : run.results()) {
			if (!result.passed()) {
				failed.add(result.scenario().id() + " (" + result.scenario().file() + ":" + result.scenario().line()
						+ ")");
			}
		}
		return new Scenarios(packs, run.results().size(), run.passedCount(), failed,
				run.problems().stream().map(Object::toString).toList());
	}

	private static Properties properties(PropertyReport report) {
		List<PropertyLine> results = report.results()
			.stream()
			.map((r) -> new PropertyLine(r.id(), r.status().name(), r.title().en(), r.cases()))
			.toList();
		List<Violation> violations = report.counterexamples()
			.stream()
			.map((c) -> new Violation(c.property(), c.service(), c.legalDate().toString(), c.location(),
					c.summary().en(), c.summary().id()))
			.toList();
		boolean holds = report.holds()
				&& report.results().stream().allMatch((r) -> r.status() == PropertyResult.Status.HOLDS);
		return new Properties(holds, results, violations);
	}

	private static Gate gate(List<Problem> problems, boolean accepted) {
		List<ProblemAnswer> listed = problems.stream()
			.sorted(Comparator.comparing((Problem p) -> !p.isError()))
			.limit(MAX_PROBLEMS)
			.map(ProblemAnswer::of)
			.toList();
		long errors = problems.stream().filter(Problem::isError).count();
		return new Gate(accepted, errors, problems.size() - errors, listed);
	}

	private static Timing timing(LogImpact run) {
		LogImpact.Timing t = run.timing();
		double seconds = t.elapsed().toNanos() / 1e9;
		long perSecond = (seconds > 0) ? Math.round(run.tally().read / seconds) : 0;
		long read = run.tally().read;
		return new Timing(round(seconds), perSecond, t.threads(), round(t.reading().toNanos() / 1e9),
				round(t.waiting().toNanos() / 1e9), round(t.parsingNanos() / 1e9), round(t.evaluatingNanos() / 1e9),
				round(t.diffingNanos() / 1e9), round(t.cpuNanos() / 1e9),
				(read > 0) ? Math.round(t.cpuNanos() / 1e3 / read * 10) / 10.0 : 0,
				(t.processCpuNanos() < 0) ? -1 : round(t.processCpuNanos() / 1e9));
	}

	private static double round(double seconds) {
		return Math.round(seconds * 1000) / 1000.0;
	}

}
