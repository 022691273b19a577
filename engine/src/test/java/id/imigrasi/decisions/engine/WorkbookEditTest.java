package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.PassportApplication;
import id.imigrasi.decisions.model.request.Purpose;
import id.imigrasi.decisions.model.request.VisaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Policy staff change decisions by editing a cell and rebuilding, with no Java edit (SPEC
 * 6): the committed workbooks, edited in memory, compiled at run time.
 */
class WorkbookEditTest {

	private static final String DEPARTURE = "departure.drl.xlsx";

	private static final String PASSPORT = "passport-application.drl.xlsx";

	private static final TableCells DEPARTURE_CELLS = TableCells.of(DEPARTURE);

	private static final TableCells PASSPORT_CELLS = TableCells.of(PASSPORT);

	private static DecisionEngine embedded;

	private static DecisionEngine edited;

	/**
	 * One compile for the class: DC-011 (the outcome cells of its three alternative rows,
	 * which must agree) recommends SECONDARY_INSPECTION instead of DEFER, and PA-030 gets
	 * a validTo of 2020-12-31. The two rules share no case, so each test sees one edit.
	 */
	@BeforeAll
	static void compileEditedWorkbooks() throws RulesetException {
		embedded = new DecisionEngine(Ruleset.embedded());
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		byte[] departure = workbooks.get(DEPARTURE);
		for (int alternative = 1; alternative <= 3; alternative++) {
			departure = Workbooks.withCell(departure, DEPARTURE_CELLS.sheet(),
					DEPARTURE_CELLS.cell("DC-011", alternative, "outcome"), "SECONDARY_INSPECTION");
		}
		workbooks.put(DEPARTURE, departure);
		workbooks.put(PASSPORT, Workbooks.withCell(workbooks.get(PASSPORT), PASSPORT_CELLS.sheet(),
				PASSPORT_CELLS.cell("PA-030", "validTo"), "2020-12-31"));
		edited = new DecisionEngine(Ruleset.compile("test-edited", workbooks));
	}

	@Test
	void shouldChangeTheDecisionWhenOneOutcomeCellChanges() {
		Departure umrahOnATouristVisa = Cases.departure((d) -> {
			d.purpose = Purpose.UMRAH;
			d.destination = "SA";
			d.visa = VisaType.TOURIST;
		});

		Decision before = embedded.evaluate(umrahOnATouristVisa);
		Decision after = edited.evaluate(umrahOnATouristVisa);

		assertThat(before.recommendation()).isEqualTo(Outcome.DEFER);
		assertThat(after.recommendation()).isEqualTo(Outcome.SECONDARY_INSPECTION);
		Finding finding = Explanations.findingAt(after, DEPARTURE_CELLS.location("DC-011", 2, "Rule ID"));
		assertThat(finding.ruleId()).isEqualTo("DC-011");
		assertThat(finding.outcome()).isEqualTo(Outcome.SECONDARY_INSPECTION);
		assertThat(finding.decisive()).isTrue();
		assertThat(after.ruleset().version()).isEqualTo("test-edited");
	}

	@Test
	void shouldLeaveOtherRulesAsTheyWere() {
		Departure umrahWithoutReturnTicketOrAnswers = Cases.departure((d) -> {
			d.purpose = Purpose.UMRAH;
			d.destination = "SA";
			d.visa = VisaType.UMRAH;
			d.returnTicket = false;
			d.interview((i) -> i.canStateTripDuration = false);
		});

		Decision decision = edited.evaluate(umrahWithoutReturnTicketOrAnswers);

		assertThat(decision.recommendation()).isEqualTo(Outcome.DEFER);
		assertThat(Explanations.ruleIds(decision)).contains("DC-012").doesNotContain("DC-011");
	}

	@Test
	void shouldStopApplyingARowAfterItsValidTo() {
		// PA-030 asks a family visitor for an invitation only when in doubt: here she
		// cannot say how long she will stay.
		Function<LocalDate, PassportApplication> familyVisitWithoutInvitation = (date) -> Cases.passport()
			.with((p) -> p.date = date)
			.with((p) -> p.purpose = Purpose.VISIT_FAMILY)
			.interview((i) -> i.canStateTripDuration = false)
			.build();

		assertThat(
				Explanations.ruleIds(edited.evaluate(familyVisitWithoutInvitation.apply(LocalDate.of(2020, 12, 31)))))
			.containsExactly("PA-030");
		assertThat(edited.evaluate(familyVisitWithoutInvitation.apply(LocalDate.of(2021, 1, 1))).recommendation())
			.isEqualTo(Outcome.ISSUE);
		assertThat(
				Explanations.ruleIds(embedded.evaluate(familyVisitWithoutInvitation.apply(LocalDate.of(2021, 1, 1)))))
			.containsExactly("PA-030");
	}

	@Test
	void shouldHashTheEditedWorkbooksDifferently() {
		assertThat(edited.ruleset().info().sha256()).matches("[0-9a-f]{64}")
			.isNotEqualTo(embedded.ruleset().info().sha256());
	}

	@Test
	void shouldRejectAWorkbookWithABrokenConditionCellNamingTheFile() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		// DC-012's return-ticket condition: 'returnTicket == no way'
		// is not an expression.
		String returnTicket = DEPARTURE_CELLS.cell("DC-012", 1, "Return ticket");
		workbooks.put(DEPARTURE,
				Workbooks.withCell(workbooks.get(DEPARTURE), DEPARTURE_CELLS.sheet(), returnTicket, "no way"));

		RulesetException failure = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("test-broken", workbooks));

		assertThat(failure).isNotNull();
		assertThat(failure.problems()).isNotEmpty().anySatisfy((p) -> assertThat(p.location()).startsWith(DEPARTURE));
		assertThat(failure.problems()).allSatisfy((p) -> assertThat(p.message()).isNotBlank());
		// The validator runs before Drools and names the cell, not the generated rule.
		assertThat(failure.problems()).anySatisfy((p) -> {
			assertThat(p.location()).isEqualTo(DEPARTURE_CELLS.location(returnTicket));
			assertThat(p.message()).contains("'no way'").contains("Allowed: true, false");
		});
	}

	@Test
	void shouldRejectAMisspeltValueInAConditionCellRatherThanNeverMatchingIt() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		// DC-011's umrah row with the purpose typed as it is often misspelt.
		workbooks.put(DEPARTURE, Workbooks.withCell(workbooks.get(DEPARTURE), DEPARTURE_CELLS.sheet(),
				DEPARTURE_CELLS.cell("DC-011", 2, "Stated purpose (any of)"), "UMROH"));

		RulesetException failure = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("test-typo", workbooks));

		assertThat(failure).isNotNull();
		assertThat(failure.problems()).anySatisfy((p) -> assertThat(p.location()).startsWith(DEPARTURE));
	}

	@Test
	void shouldReportEveryProblemOfTheRowsAtOnceWithItsCell() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		String outcome = DEPARTURE_CELLS.cell("DC-011", 2, "outcome");
		String validFrom = DEPARTURE_CELLS.cell("DC-011", 1, "validFrom");
		String reasonEn = DEPARTURE_CELLS.cell("DC-011", 3, "reasonEn");
		byte[] departure = Workbooks.withCell(workbooks.get(DEPARTURE), DEPARTURE_CELLS.sheet(), outcome, "DEFFER");
		departure = Workbooks.withCell(departure, DEPARTURE_CELLS.sheet(), validFrom, "kemarin");
		departure = Workbooks.withCell(departure, DEPARTURE_CELLS.sheet(), reasonEn, " ");
		workbooks.put(DEPARTURE, departure);
		workbooks.remove("lists.xlsx");
		workbooks.put("notes.xlsx", workbooks.get(PASSPORT));

		RulesetException failure = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("test-problems", workbooks));

		assertThat(failure).isNotNull();
		assertThat(failure.problems()).extracting(Problem::code, Problem::location)
			.contains(tuple(ProblemCode.UNKNOWN_VALUE, DEPARTURE_CELLS.location(outcome)),
					tuple(ProblemCode.NOT_A_DATE, DEPARTURE_CELLS.location(validFrom)),
					tuple(ProblemCode.MISSING_CELL, DEPARTURE_CELLS.location(reasonEn)),
					tuple(ProblemCode.MISSING_WORKBOOK, "lists.xlsx"),
					tuple(ProblemCode.IGNORED_WORKBOOK, "notes.xlsx"));
		assertThat(failure.problems()).filteredOn((p) -> p.code() == ProblemCode.UNKNOWN_VALUE)
			.singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("DEFFER", "DEFER", "SECONDARY_INSPECTION"));
		assertThat(failure.getMessage()).contains(DEPARTURE_CELLS.location(outcome));
	}

}
