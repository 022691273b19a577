package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.model.request.Departure;
import id.imigrasi.decisions.model.Outcome;
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

	private static DecisionEngine embedded;

	private static DecisionEngine edited;

	/**
	 * One compile for the class: DC-011 (its three alternative rows, outcome cells W16 to
	 * W18, which must agree) recommends SECONDARY_INSPECTION instead of DEFER, and PA-030
	 * (X22) gets a validTo of 2020-12-31. The two rules share no case, so each test sees
	 * one edit.
	 */
	@BeforeAll
	static void compileEditedWorkbooks() throws RulesetException {
		embedded = new DecisionEngine(Ruleset.embedded());
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		workbooks.put(DEPARTURE,
				Workbooks.withCell(
						Workbooks.withCell(Workbooks.withCell(workbooks.get(DEPARTURE), "Keberangkatan", "W16",
								"SECONDARY_INSPECTION"), "Keberangkatan", "W17", "SECONDARY_INSPECTION"),
						"Keberangkatan", "W18", "SECONDARY_INSPECTION"));
		workbooks.put(PASSPORT, Workbooks.withCell(workbooks.get(PASSPORT), "Permohonan Paspor", "X22", "2020-12-31"));
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
		Finding finding = Explanations.findingAt(after, "departure.drl.xlsx!Keberangkatan!B17");
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
		Function<LocalDate, Decision> familyVisitWithoutInvitation = (date) -> edited.evaluate(Cases.passport((p) -> {
			p.date = date;
			p.purpose = Purpose.VISIT_FAMILY;
		}));

		assertThat(Explanations.ruleIds(familyVisitWithoutInvitation.apply(LocalDate.of(2020, 12, 31))))
			.containsExactly("PA-030");
		assertThat(familyVisitWithoutInvitation.apply(LocalDate.of(2021, 1, 1)).recommendation())
			.isEqualTo(Outcome.ISSUE);
		assertThat(Explanations.ruleIds(embedded.evaluate(Cases.passport((p) -> {
			p.date = LocalDate.of(2021, 1, 1);
			p.purpose = Purpose.VISIT_FAMILY;
		})))).containsExactly("PA-030");
	}

	@Test
	void shouldHashTheEditedWorkbooksDifferently() {
		assertThat(edited.ruleset().info().sha256()).matches("[0-9a-f]{64}")
			.isNotEqualTo(embedded.ruleset().info().sha256());
	}

	@Test
	void shouldRejectAWorkbookWithABrokenConditionCellNamingTheFile() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		// DC-012's return-ticket condition: 'returnTicket == no way' is not an
		// expression.
		workbooks.put(DEPARTURE, Workbooks.withCell(workbooks.get(DEPARTURE), "Keberangkatan", "K19", "no way"));

		RulesetException failure = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("test-broken", workbooks));

		assertThat(failure).isNotNull();
		assertThat(failure.problems()).isNotEmpty().anySatisfy((p) -> assertThat(p.location()).startsWith(DEPARTURE));
		assertThat(failure.problems()).allSatisfy((p) -> assertThat(p.message()).isNotBlank());
		// The validator runs before Drools and names the cell, not the generated rule.
		assertThat(failure.problems()).anySatisfy((p) -> {
			assertThat(p.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!K19");
			assertThat(p.message()).contains("'no way'").contains("Allowed: true, false");
		});
	}

	@Test
	void shouldRejectAMisspeltValueInAConditionCellRatherThanNeverMatchingIt() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		// DC-011's umrah row with the purpose typed as it is often misspelt.
		workbooks.put(DEPARTURE, Workbooks.withCell(workbooks.get(DEPARTURE), "Keberangkatan", "I17", "UMROH"));

		RulesetException failure = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("test-typo", workbooks));

		assertThat(failure).isNotNull();
		assertThat(failure.problems()).anySatisfy((p) -> assertThat(p.location()).startsWith(DEPARTURE));
	}

	@Test
	void shouldReportEveryProblemOfTheRowsAtOnceWithItsCell() {
		Map<String, byte[]> workbooks = new TreeMap<>(Workbooks.committed());
		byte[] departure = Workbooks.withCell(workbooks.get(DEPARTURE), "Keberangkatan", "W17", "DEFFER");
		departure = Workbooks.withCell(departure, "Keberangkatan", "AA16", "kemarin");
		departure = Workbooks.withCell(departure, "Keberangkatan", "Y18", " ");
		workbooks.put(DEPARTURE, departure);
		workbooks.remove("lists.xlsx");
		workbooks.put("notes.xlsx", workbooks.get(PASSPORT));

		RulesetException failure = catchThrowableOfType(RulesetException.class,
				() -> Ruleset.compile("test-problems", workbooks));

		assertThat(failure).isNotNull();
		assertThat(failure.problems()).extracting(Problem::code, Problem::location)
			.contains(tuple(ProblemCode.UNKNOWN_VALUE, "departure.drl.xlsx!Keberangkatan!W17"),
					tuple(ProblemCode.NOT_A_DATE, "departure.drl.xlsx!Keberangkatan!AA16"),
					tuple(ProblemCode.MISSING_CELL, "departure.drl.xlsx!Keberangkatan!Y18"),
					tuple(ProblemCode.MISSING_WORKBOOK, "lists.xlsx"),
					tuple(ProblemCode.IGNORED_WORKBOOK, "notes.xlsx"));
		assertThat(failure.problems()).filteredOn((p) -> p.code() == ProblemCode.UNKNOWN_VALUE)
			.singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("DEFFER", "DEFER", "SECONDARY_INSPECTION"));
		assertThat(failure.getMessage()).contains("departure.drl.xlsx!Keberangkatan!W17");
	}

}
