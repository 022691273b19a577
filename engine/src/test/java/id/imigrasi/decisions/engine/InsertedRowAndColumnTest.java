package id.imigrasi.decisions.engine;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.imigrasi.decisions.engine.internal.tables.TableLayouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spreadsheet edits never need a Java edit (issue 12): with a row and a column inserted
 * into every committed workbook ({@link InsertedRowAndColumn}), the row cases of the
 * three tables still fire and miss as they do on the committed tables, with the same
 * findings and recommendations; only the cells they come from have moved.
 * {@code InsertedRowAndColumnValidatorTest} plants the validator's faults in the same
 * copies.
 */
class InsertedRowAndColumnTest {

	private static final List<String> RULE_WORKBOOKS = List.of("departure.drl.xlsx", "passport-application.drl.xlsx",
			"referral.drl.xlsx");

	private static DecisionEngine committed;

	private static DecisionEngine edited;

	@BeforeAll
	static void compileBoth() throws Exception {
		committed = new DecisionEngine(Ruleset.embedded());
		try (AutoCloseable declared = TableLayouts.declareForTest(InsertedRowAndColumn.layouts())) {
			edited = new DecisionEngine(Ruleset.compile("inserted-row-and-column", InsertedRowAndColumn.workbooks()));
		}
	}

	@Test
	void shouldRefuseTheInsertedColumnUntilItIsDeclared() {
		assertThatThrownBy(() -> Ruleset.compile("undeclared-column", InsertedRowAndColumn.workbooks()))
			.isInstanceOf(RulesetException.class)
			.satisfies((ex) -> assertThat(((RulesetException) ex).problems()).extracting(Problem::code)
				.containsOnly(ProblemCode.UNEXPECTED_COLUMN));
	}

	static Stream<RowCase> everyRowCase() {
		return Stream.of(DepartureRowsTest.rows(), PassportApplicationRowsTest.rows(), ReferralRowsTest.rows())
			.flatMap(List::stream);
	}

	@Test
	void shouldHaveMovedTheCellsOfEveryTable() {
		Map<String, byte[]> workbooks = InsertedRowAndColumn.workbooks();
		for (String file : RULE_WORKBOOKS) {
			TableCells before = TableCells.of(file);
			TableCells after = TableCells.of(workbooks, file);
			assertThat(after.blankRow()).as(file).isEqualTo(before.blankRow() + 1);
			assertThat(after.column("validFrom")).as(file).isNotEqualTo(before.column("validFrom"));
			assertThat(after.column("Inserted column (test)")).as(file).isNotNull();
		}
		assertThat(everyRowCase()
			.filter((row) -> !row.source(committed.ruleset().info()).equals(row.source(edited.ruleset().info()))))
			.as("row cases whose rule-ID cell moved")
			.isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyRowCase")
	void shouldFireAndMissAsOnTheCommittedTables(RowCase row) {
		if (row.ruleId().startsWith("DC-")) {
			DepartureRowsTest.assertFires(edited, row);
			DepartureRowsTest.assertMisses(edited, row);
		}
		else if (row.ruleId().startsWith("PA-")) {
			PassportApplicationRowsTest.assertFires(edited, row);
			PassportApplicationRowsTest.assertMisses(edited, row);
		}
		else {
			ReferralRowsTest.assertFires(edited, row);
			ReferralRowsTest.assertMisses(edited, row);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyRowCase")
	void shouldFindAndRecommendAsOnTheCommittedTables(RowCase row) {
		for (Object request : List.of(row.firing(), row.nearMiss())) {
			Decision before = Explanations.evaluate(committed, request);
			Decision after = Explanations.evaluate(edited, request);

			assertThat(after.recommendation()).isEqualTo(before.recommendation());
			assertThat(after.findings()).extracting(InsertedRowAndColumnTest::withoutSource)
				.containsExactlyElementsOf(
						before.findings().stream().map(InsertedRowAndColumnTest::withoutSource).toList());
			assertThat(after.referrals()).isEqualTo(before.referrals());
		}
	}

	/** A finding but for the cell it came from, which the insertions move. */
	private static List<Object> withoutSource(Finding finding) {
		return List.of(finding.ruleId(), finding.table(), String.valueOf(finding.outcome()),
				String.valueOf(finding.agency()), String.valueOf(finding.urgency()), finding.reason(),
				finding.legalBasis(), finding.facts(), finding.decisive());
	}

}
