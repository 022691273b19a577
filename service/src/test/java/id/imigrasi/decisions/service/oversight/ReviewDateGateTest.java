package id.imigrasi.decisions.service.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Reason;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.service.ruleset.Upload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review-date gate on a ruleset whose rows carry owners and review-by dates (the
 * committed workbooks do not have the columns yet, so a fake {@link Ruleset} stands in):
 * more than 90 days past refuses the upload naming the row, unless the comment names the
 * rule; at 90 days, on a retired row, or without a date nothing is said.
 */
class ReviewDateGateTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private final ReviewDateGate gate = new ReviewDateGate(
			Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.ofHours(7)));

	@Test
	void shouldRefuseARowMoreThan90DaysPastItsReviewNamingIt() {
		List<Problem> problems = this.gate.check(rules(row("DC-012", "B16", TODAY.minusDays(91), null)),
				upload("monthly update"), Map.of());

		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem.code()).isEqualTo(ProblemCode.REVIEW_OVERDUE);
			assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!B16");
			assertThat(problem.message())
				.startsWith("Rule DC-012 (departure.drl.xlsx!Keberangkatan!B16) is 91 days "
						+ "past its review-by date 2026-09-02 (owner: Subdit Pemeriksaan)")
				.contains("naming DC-012");
			assertThat(problem.messageId()).startsWith("Aturan DC-012").contains("lewat 91 hari");
		});
	}

	@Test
	void shouldLetItGoLiveWithAWarningAndLogTheReasonWhenTheCommentNamesIt() {
		// The gate's own logger, whatever another test made of the logging set-up.
		Logger logger = (Logger) LoggerFactory.getLogger(ReviewDateGate.class);
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		logger.addAppender(logged);
		List<Problem> problems;
		try {
			problems = this.gate.check(rules(row("DC-012", "B16", TODAY.minusDays(200), null)),
					upload("dc-012: review waits for the legal review of KUHP citations (memo 7/2026)"), Map.of());
		}
		finally {
			logger.detachAppender(logged);
			logger.setLevel(level);
		}

		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.code()).isEqualTo(ProblemCode.REVIEW_OVERDUE);
		});
		assertThat(logged.list).singleElement()
			.extracting(ILoggingEvent::getFormattedMessage)
			.asString()
			.contains("DC-012", "200 days past", "memo 7/2026");
	}

	@Test
	void shouldSayNothingAt90DaysOnARetiredRowOrWithoutADate() {
		List<Problem> problems = this.gate.check(rules(row("DC-010", "B15", TODAY.minusDays(90), null),
				row("DC-011", "B17", TODAY.minusDays(400), TODAY.minusDays(1)), row("DC-013", "B19", null, null)),
				upload(null), Map.of());

		assertThat(problems).isEmpty();
	}

	@Test
	void shouldNotTakeAnotherRuleIdForTheOneNamed() {
		assertThat(ReviewDateGate.names("DC-0120 and XDC-012 postponed", "DC-012")).isFalse();
		assertThat(ReviewDateGate.names("Postponed: DC-012, DC-013.", "DC-012")).isTrue();
		assertThat(ReviewDateGate.names(null, "DC-012")).isFalse();
	}

	private static Upload upload(String comment) {
		return new Upload("2026-12-02.1", comment, Map.of(), Map.of(), "admin-1");
	}

	private static RulesetInfo.Row row(String ruleId, String cell, LocalDate reviewBy, LocalDate validTo) {
		return new RulesetInfo.Row(ruleId, "departure", "departure.drl.xlsx!Keberangkatan!" + cell, Outcome.DEFER, null,
				null, new Reason("alasan", "reason"), List.of("UU 6/2011 Pasal 16"), LocalDate.of(2020, 1, 1), validTo,
				"Subdit Pemeriksaan", reviewBy, null, null, List.of());
	}

	private static Ruleset rules(RulesetInfo.Row... rows) {
		RulesetInfo info = new RulesetInfo("fake-1", "f".repeat(64), List.of(), Arrays.asList(rows));
		return new Ruleset() {
			@Override
			public RulesetInfo info() {
				return info;
			}

			@Override
			public Map<String, byte[]> workbooks() {
				return Map.of();
			}

			@Override
			public Decision evaluate(CaseRequest request, LocalDate legalDate) {
				throw new UnsupportedOperationException("not evaluated by the gate");
			}
		};
	}

}
