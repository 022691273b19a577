package id.imigrasi.decisions.engine.internal.validation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.TableCells;
import id.imigrasi.decisions.engine.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks revision 2 added (SPEC 6, 2.6, 3; issue 13): the citizen's texts of every
 * restrictive row, and nothing in them a trafficker beside the person should hear; owner
 * and review date on every row; a dated key that cites nothing on a date its row is in
 * force; the passenger-analysis flag as triage only; country suggestions by name and
 * alpha-3 code. Each fault is planted in a copy of the committed workbooks.
 */
class RevisionTwoChecksTest {

	private static final String DEPARTURE = "departure.drl.xlsx";

	private static final String PASSPORT = "passport-application.drl.xlsx";

	private static final TableCells DEPARTURE_CELLS = TableCells.of(DEPARTURE);

	private static final TableCells PASSPORT_CELLS = TableCells.of(PASSPORT);

	@Test
	void shouldRequireTheCitizensReasonOnARestrictiveRow() {
		String cell = DEPARTURE_CELLS.cell("DC-015", "citizenLiftEn");

		Problem problem = onlyError(check(withCell(DEPARTURE_CELLS, cell, null)));

		assertThat(problem.code()).isEqualTo(ProblemCode.MISSING_CITIZEN_TEXT);
		assertThat(problem.location()).isEqualTo(DEPARTURE_CELLS.location(cell));
		assertThat(problem.message()).startsWith("Row " + DEPARTURE_CELLS.row("DC-015")
				+ " (DC-015) recommends DEFER but has no What lifts it, for the citizen (English);");
		assertThat(problem.messageId()).startsWith("Baris " + DEPARTURE_CELLS.row("DC-015")
				+ " (DC-015) merekomendasikan DEFER tetapi tidak punya Yang dapat dilakukan warga (Inggris);");
	}

	@Test
	void shouldNotRequireCitizenTextsOnATriageRow() {
		String cell = DEPARTURE_CELLS.cell("DC-022", "citizenReasonId");

		assertThat(check(withCell(DEPARTURE_CELLS, cell, null)).errors()).isEmpty();
	}

	@Test
	void shouldRefuseACitizenTextThatSpeaksOfPoliceOrRecruiters() {
		String cell = PASSPORT_CELLS.cell("PA-011", "citizenReasonId");

		Problem problem = onlyError(check(
				withCell(PASSPORT_CELLS, cell, "Anda dirujuk ke polisi karena perekrut Anda sedang diselidiki.")));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNSAFE_CITIZEN_TEXT);
		assertThat(problem.location()).isEqualTo(PASSPORT_CELLS.location(cell));
		assertThat(problem.message()).contains("says 'dirujuk'").contains("never mention police");
		assertThat(problem.messageId()).contains("memuat kata 'dirujuk'").contains("jangan menyebut polisi");
	}

	@Test
	void shouldRequireAnOwnerAndAReviewDateOnEveryRow() {
		String owner = DEPARTURE_CELLS.cell("DC-020", 2, "owner");
		String reviewBy = PASSPORT_CELLS.cell("PA-060", "reviewBy");
		Map<String, byte[]> workbooks = withCell(DEPARTURE_CELLS, owner, null);
		workbooks = Workbooks.withCell(workbooks, PASSPORT, PASSPORT_CELLS.sheet(), reviewBy, "akhir 2027");

		ValidationReport report = check(workbooks);

		assertThat(report.errors()).extracting(Problem::code, Problem::location)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(ProblemCode.MISSING_CELL, DEPARTURE_CELLS.location(owner)),
					org.assertj.core.groups.Tuple.tuple(ProblemCode.NOT_A_DATE, PASSPORT_CELLS.location(reviewBy)));
	}

	@Test
	void shouldWarnWhenADatedKeyCitesNothingOnADateItsRowIsInForce() {
		// DC-013 applies from 2015-07-01; its placement-ban key starts 2011-05-05 with
		// UU 39/2004. Start that entry in 2016 and 2015-07-01 cites nothing (review
		// MEDIUM-9: a 2016 case once cited nothing).
		String from = TableCells.listCell(Workbooks.committed(), "Rujukan Hukum", "MIGRANT_WORKER_PLACEMENT_BAN", 1,
				"Valid from");
		Map<String, byte[]> workbooks = Workbooks.withCell(Workbooks.committed(), "lists.xlsx", "Rujukan Hukum", from,
				"2016-01-01");

		ValidationReport report = check(workbooks);

		assertThat(report.errors()).isEmpty();
		assertThat(report.warnings()).filteredOn((p) -> p.code() == ProblemCode.CITATION_GAP)
			.extracting(Problem::location, Problem::message)
			.contains(org.assertj.core.groups.Tuple.tuple(
					DEPARTURE_CELLS.location(DEPARTURE_CELLS.cell("DC-013", "legalBasis")),
					"{MIGRANT_WORKER_PLACEMENT_BAN} cites nothing on 2015-07-01, a date row "
							+ DEPARTURE_CELLS.row("DC-013")
							+ " (DC-013) is in force: add an entry for that date in lists.xlsx (Rujukan Hukum) or start the row later."));
	}

	@Test
	void shouldRefuseADeferralOnThePassengerAnalysisFlagAlone() {
		String outcome = DEPARTURE_CELLS.cell("DC-022", "outcome");
		Map<String, byte[]> workbooks = withCell(DEPARTURE_CELLS, outcome, "DEFER");

		ValidationReport report = check(workbooks);

		assertThat(report.errors()).filteredOn((p) -> p.code() == ProblemCode.DISCRIMINATION)
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.location()).isEqualTo(DEPARTURE_CELLS.location(outcome));
				assertThat(p.message()).contains("recommends DEFER on passengerAnalysisFlag alone");
				assertThat(p.messageId()).contains("hanya berdasarkan tanda unit analisis penumpang")
					.doesNotContain("passengerAnalysisFlag");
			});
	}

	@Test
	void shouldSuggestTheCountryAnAlpha3CodeMeansInTheLists() {
		String country = TableCells.listCell(Workbooks.committed(), "Daftar Negara", "DESTINATION_RISK", 4,
				"Country (ISO 3166-1)");
		Map<String, byte[]> workbooks = Workbooks.withCell(Workbooks.committed(), "lists.xlsx", "Daftar Negara",
				country, "QAT");

		Problem problem = onlyError(check(workbooks));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_VALUE);
		assertThat(problem.message()).isEqualTo("'QAT' is not an ISO 3166-1 alpha-2 country code; did you mean 'QA'?");
		assertThat(problem.messageId()).isEqualTo("'QAT' bukan kode negara ISO 3166-1 alpha-2; maksudnya 'QA'?");
	}

	@Test
	void shouldNameABorderPostWhoseNeighbourIsNoCountry() {
		String neighbour = TableCells.listCell(Workbooks.committed(), "Pos Lintas Batas", "ETK", 1,
				"Neighbour country (ISO 3166-1)");
		Map<String, byte[]> workbooks = Workbooks.withCell(Workbooks.committed(), "lists.xlsx", "Pos Lintas Batas",
				neighbour, "Malaysia");

		Problem problem = onlyError(check(workbooks));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_VALUE);
		assertThat(problem.message()).isEqualTo(
				"The neighbour country 'Malaysia' of post ETK is not an ISO 3166-1 alpha-2 country code; did you mean 'MY'?");
	}

	private static ValidationReport check(Map<String, byte[]> workbooks) {
		return WorkbookValidator.run(workbooks, null, false, false);
	}

	private static Map<String, byte[]> withCell(TableCells table, String cell, String text) {
		return Workbooks.withCell(Workbooks.committed(), table.file(), table.sheet(), cell, text);
	}

	private static Problem onlyError(ValidationReport report) {
		assertThat(report.errors()).as(report::toText).hasSize(1);
		return report.errors().get(0);
	}

}
