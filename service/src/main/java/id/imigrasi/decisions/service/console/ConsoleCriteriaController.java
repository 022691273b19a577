package id.imigrasi.decisions.service.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.imigrasi.decisions.service.audit.CriteriaRollup;
import id.imigrasi.decisions.service.oversight.CriteriaReport;
import id.imigrasi.decisions.service.oversight.CriteriaStatistics;

/**
 * Criteria (auditors, admins): the statistics of {@code GET /api/v1/criteria} as a table
 * sorted by any column, each row with its hits and override rate month by month, and the
 * rows past their review-by date marked.
 */
@Controller
@RequestMapping("/console/criteria")
class ConsoleCriteriaController {

	/** The most months charted: the last ones of a longer period. */
	static final int MONTHS = 24;

	private final CriteriaStatistics statistics;

	private final CriteriaRollup rollup;

	private final Clock clock;

	ConsoleCriteriaController(CriteriaStatistics statistics, CriteriaRollup rollup, Clock clock) {
		this.statistics = statistics;
		this.rollup = rollup;
		this.clock = clock;
	}

	/**
	 * One row of the table.
	 *
	 * @param overdue its review-by date has passed
	 */
	record Row(CriteriaReport.Criterion criterion, boolean overdue, Sparkline chart) {
	}

	@GetMapping
	String criteria(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "order") String sort, @RequestParam(defaultValue = "asc") String dir,
			Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = date(to, today);
		LocalDate first = date(from, (last != null) ? last.minusYears(1).plusDays(1) : null);
		if (first == null || last == null || first.isAfter(last)) {
			model.addAttribute("badPeriod", true);
			last = today;
			first = today.minusYears(1).plusDays(1);
		}
		CriteriaReport report = this.statistics.between(first, last);
		List<YearMonth> months = months(first, last);
		Map<String, List<Sparkline.Month>> byRule = monthly(months, first, last);
		List<Row> rows = new ArrayList<>();
		for (CriteriaReport.Criterion criterion : report.criteria()) {
			List<Sparkline.Month> series = byRule.getOrDefault(criterion.ruleId(), empty(months));
			rows.add(new Row(criterion, criterion.reviewBy() != null && criterion.reviewBy().isBefore(today),
					Sparkline.of(series)));
		}
		Comparator<Row> order = order(sort);
		if (order != null) {
			rows.sort("desc".equals(dir) ? order.reversed() : order);
		}
		model.addAttribute("report", report);
		model.addAttribute("rows", rows);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("sort", (order != null) ? sort : "order");
		model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
		model.addAttribute("months", months);
		model.addAttribute("overdue", rows.stream().filter(Row::overdue).count());
		return "console/criteria";
	}

	/** Each month's counts per rule ID, the months of the period clipped to it. */
	private Map<String, List<Sparkline.Month>> monthly(List<YearMonth> months, LocalDate first, LocalDate last) {
		Map<String, List<Sparkline.Month>> byRule = new HashMap<>();
		for (int i = 0; i < months.size(); i++) {
			YearMonth month = months.get(i);
			LocalDate start = month.atDay(1).isBefore(first) ? first : month.atDay(1);
			LocalDate end = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
			for (CriteriaRollup.RuleCounts counts : this.rollup.between(start, end)) {
				List<Sparkline.Month> series = byRule.computeIfAbsent(counts.ruleId(), (id) -> empty(months));
				series.set(i,
						new Sparkline.Month(month.toString(), counts.hits(), counts.outcomes(), counts.overridden(),
								(counts.outcomes() == 0) ? null : (double) counts.overridden() / counts.outcomes()));
			}
		}
		return byRule;
	}

	private static List<Sparkline.Month> empty(List<YearMonth> months) {
		List<Sparkline.Month> series = new ArrayList<>();
		months.forEach((month) -> series.add(new Sparkline.Month(month.toString(), 0, 0, 0, null)));
		return series;
	}

	private static List<YearMonth> months(LocalDate first, LocalDate last) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(last); !m.isBefore(YearMonth.from(first))
				&& months.size() < MONTHS; m = m.minusMonths(1)) {
			months.add(0, m);
		}
		return months;
	}

	/** By a column of the table; null keeps workbook order. */
	private static Comparator<Row> order(String sort) {
		Comparator<Row> byId = Comparator.comparing((Row r) -> r.criterion().ruleId());
		return switch (sort) {
			case "ruleId" -> byId;
			case "table" -> Comparator.comparing((Row r) -> String.valueOf(r.criterion().table())).thenComparing(byId);
			case "owner" -> Comparator.comparing((Row r) -> String.valueOf(r.criterion().owner())).thenComparing(byId);
			case "reviewBy" -> Comparator
				.comparing((Row r) -> r.criterion().reviewBy(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(byId);
			case "hits" -> Comparator.comparingLong((Row r) -> r.criterion().hits()).thenComparing(byId);
			case "decisiveHits" ->
				Comparator.comparingLong((Row r) -> r.criterion().decisiveHits()).thenComparing(byId);
			case "outcomesRecorded" ->
				Comparator.comparingLong((Row r) -> r.criterion().outcomesRecorded()).thenComparing(byId);
			case "overridden" -> Comparator.comparingLong((Row r) -> r.criterion().overridden()).thenComparing(byId);
			case "overrideRate" -> Comparator
				.comparing((Row r) -> r.criterion().overrideRate(), Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(byId);
			default -> null;
		};
	}

	private static LocalDate date(String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
