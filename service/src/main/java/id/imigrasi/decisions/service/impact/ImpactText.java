package id.imigrasi.decisions.service.impact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The impact report as policy staff read it on a terminal: the totals, a from → to table
 * per service, what starts and stops firing, referral changes, each with its example
 * decision IDs, then what could not be evaluated, the scenarios, the properties and the
 * time. The same facts as the JSON, nothing more.
 */
final class ImpactText {

	private static final int IDS_PER_LINE = 3;

	private ImpactText() {
	}

	static String render(ImpactReport report) {
		StringBuilder text = new StringBuilder();
		ImpactReport.Totals totals = report.totals();
		line(text, "Impact of candidate %s (sha256 %s)", report.candidate().version(),
				report.candidate().sha256().substring(0, 12) + "…");
		line(text, "on the decisions of the last %d days (decided %s to %s),", report.period().days(),
				report.period().from(), report.period().to());
		line(text, "each evaluated again at its own legal date and compared with %s.", ImpactReport.COMPARED_WITH);
		if (report.activeVersion() != null) {
			line(text, "Active version now: %s.", report.activeVersion());
		}
		text.append('\n');
		line(text,
				"Decisions read: %,d; evaluated again: %,d; changed: %,d (%s); unchanged: %,d; unreadable: %,d; "
						+ "failed: %,d.",
				totals.read(), totals.reevaluated(), totals.changed(), percent(totals.changed(), totals.reevaluated()),
				totals.unchanged(), totals.unreadable(), totals.failed());
		for (ImpactReport.ServiceTotals service : totals.services()) {
			line(text, "  %-22s read %,d, evaluated again %,d, changed %,d", service.service(), service.read(),
					service.reevaluated(), service.changed());
		}
		if (!report.answeredUnder().isEmpty()) {
			StringBuilder versions = new StringBuilder();
			report.answeredUnder()
				.forEach((v) -> versions.append(versions.isEmpty() ? "" : ", ")
					.append(v.version())
					.append(String.format(Locale.ROOT, " (%,d)", v.decisions())));
			line(text, "Answered under: %s.", versions);
		}
		matrices(text, report.recommendations());
		changes(text, "Recommendations that change",
				report.recommendations()
					.stream()
					.filter((c) -> !c.from().equals(c.to()))
					.map((c) -> new Line(c.service() + ": " + c.from() + " → " + c.to(), c.count(), c.examples()))
					.toList());
		changes(text, "Rows that start firing",
				report.rowsStarted().stream().map((r) -> new Line(r.ruleId(), r.count(), r.examples())).toList());
		changes(text, "Rows that stop firing",
				report.rowsStopped().stream().map((r) -> new Line(r.ruleId(), r.count(), r.examples())).toList());
		changes(text, "Referral changes (agency: answered → candidate)",
				report.referrals()
					.stream()
					.map((r) -> new Line(r.agency() + ": " + r.from() + " → " + r.to(), r.count(), r.examples()))
					.toList());
		notEvaluated(text, "Stored facts that no longer read under the current contract (not evaluated)",
				report.unreadable());
		notEvaluated(text, "Decisions that could not be evaluated under the candidate", report.failed());
		scenarios(text, report.scenarios());
		properties(text, report.properties());
		if (report.gate() != null) {
			text.append('\n');
			line(text, "As an upload: %s (%d error(s), %d warning(s)).",
					report.gate().accepted() ? "would be accepted" : "would be refused", report.gate().errors(),
					report.gate().warnings());
			report.gate().problems().forEach((p) -> line(text, "  %s %s at %s", p.severity(), p.code(), p.location()));
		}
		ImpactReport.Timing timing = report.timing();
		text.append('\n');
		line(text,
				"Time: %.1f s over the log, %,d decisions/s on %d thread(s); thread-seconds reading %.1f, "
						+ "waiting for a worker %.1f, parsing %.1f, evaluating %.1f, diffing %.1f; CPU %.1f s "
						+ "(%.1f µs a decision), the whole process %.1f s.",
				timing.seconds(), timing.decisionsPerSecond(), timing.threads(), timing.readingSeconds(),
				timing.waitingSeconds(), timing.parsingSeconds(), timing.evaluatingSeconds(), timing.diffingSeconds(),
				timing.cpuSeconds(), timing.cpuMicrosPerDecision(), timing.processCpuSeconds());
		return text.toString();
	}

	/** One table per service: answered recommendations down, the candidate's across. */
	private static void matrices(StringBuilder text, List<ImpactReport.RecommendationChange> cells) {
		Map<String, List<ImpactReport.RecommendationChange>> byService = new TreeMap<>();
		cells.forEach((c) -> byService.computeIfAbsent(c.service(), (s) -> new ArrayList<>()).add(c));
		byService.forEach((service, serviceCells) -> {
			Set<String> outcomes = new LinkedHashSet<>();
			serviceCells.stream()
				.flatMap((c) -> java.util.stream.Stream.of(c.from(), c.to()))
				.sorted(java.util.Comparator.comparingInt((String o) -> -ImpactReport.severity(o))
					.thenComparing((o) -> o))
				.forEach(outcomes::add);
			int width = Math.max(12, outcomes.stream().mapToInt(String::length).max().orElse(0) + 2);
			text.append('\n');
			line(text, "%s: answered (rows) → candidate (columns)", service);
			StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", ""));
			outcomes.forEach((o) -> header.append(String.format(Locale.ROOT, "%" + width + "s", o)));
			text.append(header.toString().stripTrailing()).append('\n');
			for (String from : outcomes) {
				StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", from));
				for (String to : outcomes) {
					long count = serviceCells.stream()
						.filter((c) -> c.from().equals(from) && c.to().equals(to))
						.mapToLong(ImpactReport.RecommendationChange::count)
						.sum();
					row.append(String.format(Locale.ROOT, "%" + width + "s",
							(count == 0) ? "." : String.format(Locale.ROOT, "%,d", count)));
				}
				text.append(row).append('\n');
			}
		});
	}

	private record Line(String what, long count, List<String> examples) {
	}

	private static void changes(StringBuilder text, String title, List<Line> lines) {
		text.append('\n');
		if (lines.isEmpty()) {
			line(text, "%s: none.", title);
			return;
		}
		line(text, "%s:", title);
		for (Line entry : lines) {
			line(text, "  %-48s %,10d", entry.what(), entry.count());
			ids(text, entry.examples(), "e.g. ");
		}
	}

	private static void notEvaluated(StringBuilder text, String title, ImpactReport.NotEvaluated not) {
		text.append('\n');
		if (not.count() == 0) {
			line(text, "%s: none.", title);
			return;
		}
		line(text, "%s: %,d.", title, not.count());
		not.problems()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((e) -> line(text, "  at %-40s %,10d", e.getKey(), e.getValue()));
		ids(text, not.decisionIds(), "");
		if (not.notNamed() > 0) {
			line(text, "  and %,d more not named here.", not.notNamed());
		}
	}

	private static void scenarios(StringBuilder text, ImpactReport.Scenarios scenarios) {
		text.append('\n');
		line(text, "Scenario packs: %d pack(s), %d scenario(s), %d pass.", scenarios.packs(), scenarios.scenarios(),
				scenarios.passed());
		scenarios.failed().forEach((f) -> line(text, "  FAIL %s", f));
		scenarios.unreadable().forEach((u) -> line(text, "  UNREADABLE %s", u));
	}

	private static void properties(StringBuilder text, ImpactReport.Properties properties) {
		text.append('\n');
		line(text, "Properties of the law: %s.", properties.holds() ? "all hold" : "not all hold");
		properties.results().forEach((p) -> line(text, "  %-10s %-24s %s", p.status(), p.id(), p.title()));
		properties.violations()
			.forEach((v) -> line(text, "  %s broken (%s, %s) at %s: %s", v.property(), v.service(), v.legalDate(),
					v.location(), v.message()));
	}

	private static void ids(StringBuilder text, List<String> ids, String lead) {
		for (int i = 0; i < ids.size(); i += IDS_PER_LINE) {
			line(text, "    %s%s", (i == 0) ? lead : " ".repeat(lead.length()),
					String.join(", ", ids.subList(i, Math.min(ids.size(), i + IDS_PER_LINE))));
		}
	}

	private static String percent(long part, long whole) {
		return (whole == 0) ? "–" : String.format(Locale.ROOT, "%.2f %%", 100.0 * part / whole);
	}

	private static void line(StringBuilder text, String format, Object... args) {
		text.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}
