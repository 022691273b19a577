package id.imigrasi.decisions.engine.internal.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.TableCells;
import id.imigrasi.decisions.engine.TableCells.Header;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fault class planted in a copy of a committed workbook (one fault each) is reported
 * at its cell with its message. Cells are found by rule ID and column caption
 * ({@link TableCells}), so the faults land on the same rule whatever rows or columns the
 * workbooks gain ({@code InsertedRowAndColumnValidatorTest} plants them in edited
 * copies). Most tests skip the Drools compile and the analysis they do not need: both are
 * slow, and covered by their own tests.
 */
class WorkbookValidatorTest {

	private static final String DEPARTURE = "departure.drl.xlsx";

	private static final String PASSPORT = "passport-application.drl.xlsx";

	private static final String REFERRAL = "referral.drl.xlsx";

	private static final String LISTS = "lists.xlsx";

	/** The workbooks the faults are planted in. */
	Map<String, byte[]> base() {
		return Workbooks.committed();
	}

	private TableCells departure() {
		return TableCells.of(base(), DEPARTURE);
	}

	private TableCells passport() {
		return TableCells.of(base(), PASSPORT);
	}

	private TableCells referral() {
		return TableCells.of(base(), REFERRAL);
	}

	private Map<String, byte[]> withCell(TableCells table, String cell, String text) {
		return Workbooks.withCell(base(), table.file(), table.sheet(), cell, text);
	}

	private Map<String, byte[]> withFault(TableCells table, Consumer<Sheet> fault) {
		return Workbooks.withFault(base(), table.file(), (workbook) -> fault.accept(workbook.getSheet(table.sheet())));
	}

	@Test
	void shouldNameTheNearestPurposeForATypo() {
		TableCells departure = departure();
		String purpose = departure.cell("DC-011", 2, "Stated purpose (any of)");

		Problem problem = onlyError(WorkbookValidator.run(withCell(departure, purpose, "UMROH"), null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_VALUE);
		assertThat(problem.location()).isEqualTo(departure.location(purpose));
		assertThat(problem.message()).isEqualTo("'UMROH' is not a valid Purpose (Stated purpose (any of), row "
				+ departure.row("DC-011", 2)
				+ " (DC-011)). Did you mean 'UMRAH'? Allowed: TOURISM, UMRAH, HAJJ, VISIT_FAMILY, WORK, INTERNSHIP, STUDY, BUSINESS, MEDICAL, OTHER.");
		assertThat(problem.messageId()).startsWith("'UMROH' bukan tujuan perjalanan yang dikenal")
			.contains("Maksudnya 'UMRAH'?");
	}

	@Test
	void shouldRefuseAnOutcomeOfTheOtherService() {
		TableCells passport = passport();
		String outcome = passport.cell("PA-004", "outcome");

		Problem problem = onlyError(WorkbookValidator.run(withCell(passport, outcome, "DEFER"), null, false, false));

		assertThat(problem.location()).isEqualTo(passport.location(outcome));
		assertThat(problem.message())
			.isEqualTo("'DEFER' is not a valid outcome of passport-application (Outcome, row " + passport.row("PA-004")
					+ " (PA-004)). Allowed: REFUSE, SUSPEND, IN_DEPTH_INTERVIEW, REQUEST_DOCUMENTS, ISSUE.");
	}

	@Test
	void shouldCheckCountryCodesListCodesRuleIdsCitationKeysAndYesNoCells() {
		TableCells departure = departure();
		TableCells referral = referral();
		String expired = departure.cell("DC-001", 1, "Travel document expired");
		String legalBasis = departure.cell("DC-012", 1, "legalBasis");
		String countries = departure.cell("DC-014", 2, "Destination or transit country (any of)");
		String lists = departure.cell("DC-020", 2, "Destination or transit on list");
		String findings = referral.cell("RF-005", "When any of these rules applies");
		Map<String, byte[]> workbooks = withFault(departure, (sheet) -> {
			Workbooks.set(sheet, countries, "KH, MMR, LA");
			Workbooks.set(sheet, lists, "DESTINATION_RISKS");
			Workbooks.set(sheet, expired, "yes");
			Workbooks.set(sheet, legalBasis, "{TPI_EXAMINATON}");
		});
		workbooks.put(REFERRAL, Workbooks.change(workbooks.get(REFERRAL),
				(workbook) -> Workbooks.set(workbook.getSheet(referral.sheet()), findings, "DC-013, DC-099")));

		List<Problem> errors = WorkbookValidator.run(workbooks, null, false, false).errors();

		assertThat(errors).extracting(Problem::location)
			.containsExactly(departure.location(expired), departure.location(legalBasis), departure.location(countries),
					departure.location(lists), referral.location(findings));
		assertThat(errors).extracting(Problem::code).containsOnly(ProblemCode.UNKNOWN_VALUE);
		assertThat(errors.get(0).message()).startsWith("'yes' is not a valid yes/no value (true or false)");
		assertThat(errors.get(1).message()).contains("Did you mean '{TPI_EXAMINATION}'?");
		assertThat(errors.get(2).message()).startsWith("'MMR' is not a valid ISO 3166-1 alpha-2 country code");
		assertThat(errors.get(3).message()).contains("Did you mean 'DESTINATION_RISK'?")
			.endsWith("Allowed: DESTINATION_RISK, MORATORIUM_260_2015.");
		assertThat(errors.get(4).message()).startsWith("'DC-099' is not a valid rule ID")
			.contains("Did you mean 'DC-019'?");
	}

	@Test
	void shouldReportAMissingLegalBasis() {
		TableCells passport = passport();
		String legalBasis = passport.cell("PA-003", "legalBasis");

		Problem problem = onlyError(WorkbookValidator.run(withCell(passport, legalBasis, null), null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.MISSING_CELL);
		assertThat(problem.location()).isEqualTo(passport.location(legalBasis));
		assertThat(problem.message()).isEqualTo("Row " + passport.row("PA-003")
				+ " (PA-003) has no Legal basis (separate with ;); every row needs one.");
	}

	@Test
	void shouldRefuseAMetadataTemplateThatDiffersFromTheDeclaration() {
		TableCells referral = referral();
		String code = referral.headerCell("urgency", Header.CODE);

		Problem problem = onlyError(
				WorkbookValidator.run(withCell(referral, code, "priority(\"$param\")"), null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.HEADER_CHANGED);
		assertThat(problem.location()).isEqualTo(referral.location(code));
		assertThat(problem.message()).startsWith("The code cell " + code
				+ " reads 'priority(\"$param\")' where the table's declaration has 'urgency(\"$param\")'.");
	}

	@Test
	void shouldNameTheNearestAgency() {
		TableCells referral = referral();
		String agency = referral.cell("RF-010", "agency");

		Problem problem = onlyError(WorkbookValidator.run(withCell(referral, agency, "KP2M"), null, false, false));

		assertThat(problem.location()).isEqualTo(referral.location(agency));
		assertThat(problem.message()).isEqualTo("'KP2M' is not a valid Agency (Referral agency, row "
				+ referral.row("RF-010")
				+ " (RF-010)). Did you mean 'KP2MI'? Allowed: POLRI, PPNS_IMIGRASI, KP2MI, DISNAKER, UPTD_PPA, DINSOS, LPSK, PERWAKILAN_RI.");
	}

	@Test
	void shouldReportARuleIdUsedInTwoWorkbooks() {
		TableCells passport = passport();
		String ruleId = passport.cell("PA-002", "Rule ID");

		Problem problem = onlyError(WorkbookValidator.run(withCell(passport, ruleId, "DC-002"), null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_RULE_ID);
		assertThat(problem.location()).isEqualTo(passport.location(ruleId));
		assertThat(problem.message())
			.isEqualTo("Rule ID DC-002 is already used at " + departure().location("DC-002", 1, "Rule ID")
					+ "; each rule needs its own ID (rows sharing an ID must follow each other as alternatives).");
	}

	@Test
	void shouldReportValidToBeforeValidFrom() {
		TableCells departure = departure();
		String validTo = departure.cell("DC-002", "validTo");

		Problem problem = onlyError(
				WorkbookValidator.run(withCell(departure, validTo, "2010-01-01"), null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.DATE_ORDER);
		assertThat(problem.location()).isEqualTo(departure.location(validTo));
		assertThat(problem.message()).isEqualTo("Row " + departure.row("DC-002")
				+ " (DC-002) is valid to 2010-01-01, before it is valid from 2011-05-05, so it never applies; correct one of the dates.");
	}

	@Test
	void shouldReportADateThatIsNotADate() {
		TableCells passport = passport();
		String validFrom = passport.cell("PA-002", "validFrom");

		Problem problem = onlyError(
				WorkbookValidator.run(withCell(passport, validFrom, "5 Mei 2011"), null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.NOT_A_DATE);
		assertThat(problem.location()).isEqualTo(passport.location(validFrom));
		assertThat(problem.message()).isEqualTo("'5 Mei 2011' in Valid from of row " + passport.row("PA-002")
				+ " (PA-002) is not a date; write it as YYYY-MM-DD, e.g. 2024-06-18.");
	}

	@Test
	void shouldReportMergedCellsInsideTheRows() {
		TableCells departure = departure();
		String first = departure.cell("DC-012", 1, "reasonId");
		String second = departure.cell("DC-012", 2, "reasonId");
		Map<String, byte[]> workbooks = withFault(departure,
				(sheet) -> sheet.addMergedRegion(CellRangeAddress.valueOf(first + ":" + second)));

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.MERGED_CELL);
		assertThat(problem.location()).isEqualTo(departure.location(first));
		assertThat(problem.message())
			.isEqualTo("Cells " + first + ":" + second + " are merged inside the rule rows; Drools reads only " + first
					+ " and the other cells lose their value. Unmerge them and fill each cell.");
	}

	@Test
	void shouldReportContentBelowTheBlankRowThatEndsTheTable() {
		TableCells departure = departure();
		int blank = departure.blankRow();
		Map<String, byte[]> workbooks = withFault(departure,
				(sheet) -> Workbooks.copyRow(sheet, departure.row("DC-020", 2), blank + 1));

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.STRAY_CONTENT);
		assertThat(problem.location()).isEqualTo(departure.location(departure.column("Rule ID") + (blank + 1)));
		assertThat(problem.message()).isEqualTo("This row comes after the blank row " + blank
				+ ", which ends the table Keberangkatan: Drools ignores it. Delete the blank row or move this content.");
	}

	@Test
	void shouldRefuseARowThatRefusesOnAgeAlone() {
		TableCells passport = passport();
		String outcome = passport.cell("PA-040", "outcome");
		Map<String, byte[]> workbooks = withFault(passport, (sheet) -> {
			Workbooks.set(sheet, passport.cell("PA-040", "Documents missing (all of)"), null);
			Workbooks.set(sheet, outcome, "REFUSE");
		});

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.DISCRIMINATION);
		assertThat(problem.location()).isEqualTo(passport.location(outcome));
		assertThat(problem.message()).isEqualTo("Row " + passport.row("PA-040")
				+ " (PA-040) recommends REFUSE on age alone. Sex, age, region, religion, occupation and a passenger-analysis flag may only raise triage (SPEC 2.5 and 3, UU 6/2011 Pasal 2): add the legal ground it rests on, or use a triage outcome.");
		assertThat(problem.messageId()).contains("hanya berdasarkan umur.").doesNotContain(" age");
	}

	@Test
	void shouldRefuseARestrictiveRowWithoutAnyCondition() {
		TableCells passport = passport();
		Map<String, byte[]> workbooks = withCell(passport, passport.cell("PA-004", "Suspected forgery"), null);

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.NO_CONDITION);
		assertThat(problem.location()).isEqualTo(passport.location("PA-004", 1, "outcome"));
		assertThat(problem.message()).isEqualTo("Row " + passport.row("PA-004")
				+ " (PA-004) has no condition, so it would SUSPEND every case; give it its legal grounds as conditions.");
	}

	@Test
	void shouldRefuseAMisspeltConditionTemplateBeforeDroolsCompilesIt() {
		TableCells departure = departure();
		String code = departure.headerCell("Travel document expired", Header.CODE);

		Problem problem = onlyError(
				WorkbookValidator.run(withCell(departure, code, "travelDocumentExpird == $param"), null, true, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.HEADER_CHANGED);
		assertThat(problem.location()).isEqualTo(departure.location(code));
		assertThat(problem.message()).startsWith("The code cell " + code
				+ " reads 'travelDocumentExpird == $param' where the table's declaration has 'travelDocumentExpired == $param'.");
	}

	@Test
	void shouldRefuseABackslashThatWouldBreakTheGeneratedRule() {
		TableCells departure = departure();
		String reasonEn = departure.cell("DC-002", "reasonEn");

		Problem problem = onlyError(
				WorkbookValidator.run(withCell(departure, reasonEn, "Ends with \\"), null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNSAFE_CHARACTER);
		assertThat(problem.location()).isEqualTo(departure.location(reasonEn));
		assertThat(problem.message()).isEqualTo("Row " + departure.row("DC-002")
				+ " (DC-002) has a double quote, a backslash or a line break in Reason (English); it would break the generated rule. Use single quotes or a slash instead, on one line.");
	}

	/**
	 * DC-020's last row copied into the blank row below the table as DC-098, which defers
	 * (and, unless {@code purpose} is null, asks for that purpose instead of a risk-list
	 * route).
	 */
	private static void addDc098(Sheet sheet, TableCells departure, String purpose) {
		int added = departure.blankRow();
		Workbooks.copyRow(sheet, departure.row("DC-020", 2), added);
		Workbooks.set(sheet, departure.column("Rule ID") + added, "DC-098");
		Workbooks.set(sheet, departure.column("outcome") + added, "DEFER");
		for (String citizen : List.of("citizenReasonId", "citizenReasonEn", "citizenLiftId", "citizenLiftEn")) {
			Workbooks.set(sheet, departure.column(citizen) + added, "Teks untuk warga / Text for the citizen");
		}
		if (purpose != null) {
			Workbooks.set(sheet, departure.column("Stated purpose (any of)") + added, purpose);
			Workbooks.set(sheet, departure.column("Destination or transit on list") + added, null);
		}
	}

	@Test
	void shouldWarnWhenTwoRowsWithDifferentOutcomesMatchOneCase() {
		TableCells departure = departure();
		Map<String, byte[]> workbooks = withFault(departure, (sheet) -> addDc098(sheet, departure, "TOURISM"));

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(report.errors()).isEmpty();
		assertThat(at(report, departure.location(departure.blankCell("Rule ID"))))
			.extracting(Problem::code, Problem::message)
			.containsExactly(Tuple.tuple(ProblemCode.OVERLAP, "Rows " + departure.row("DC-020")
					+ " (DC-020, SECONDARY_INSPECTION) and " + departure.blankRow()
					+ " (DC-098, DEFER) both match one case, e.g. interviewed=false, returnTicket=false, statedPurpose=TOURISM; DEFER, the more severe, becomes the recommendation."));
	}

	@Test
	void shouldNotWarnAboutRowsThatAreNeverInForceTogether() {
		TableCells departure = departure();
		Map<String, byte[]> workbooks = withFault(departure, (sheet) -> {
			addDc098(sheet, departure, "TOURISM");
			Workbooks.set(sheet, departure.blankCell("validFrom"), "2027-01-01");
			Workbooks.set(sheet, departure.cell("DC-020", 1, "validTo"), "2026-12-31");
			Workbooks.set(sheet, departure.cell("DC-020", 2, "validTo"), "2026-12-31");
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(at(report, departure.location(departure.blankCell("Rule ID")))).isEmpty();
	}

	@Test
	void shouldWarnAboutARowThatNeverDecidesBecauseAStrongerRowCoversIt() {
		TableCells departure = departure();
		Map<String, byte[]> workbooks = withFault(departure, (sheet) -> addDc098(sheet, departure, null));

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(at(report, departure.location("DC-020", 2, "Rule ID"))).extracting(Problem::code, Problem::message)
			.contains(Tuple.tuple(ProblemCode.UNREACHABLE, "Row " + departure.row("DC-020", 2)
					+ " (DC-020, SECONDARY_INSPECTION) never decides the recommendation: every case it matches is also matched by DC-098 (DEFER), with a more severe outcome."));
	}

	@Test
	void shouldWarnAboutARowWhoseConditionsContradict() {
		TableCells passport = passport();
		Map<String, byte[]> workbooks = withCell(passport, passport.cell("PA-030", "Stated purpose none of"),
				"VISIT_FAMILY");

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(report.errors()).isEmpty();
		assertThat(at(report, passport.location("PA-030", 1, "Rule ID"))).extracting(Problem::code, Problem::message)
			.containsExactly(Tuple.tuple(ProblemCode.UNREACHABLE, "Row " + passport.row("PA-030")
					+ " (PA-030, REQUEST_DOCUMENTS) can never match: its conditions contradict each other."));
	}

	@Test
	void shouldWarnAboutAReferralRowThatNeedsBothServices() {
		TableCells referral = referral();
		Map<String, byte[]> workbooks = withCell(referral, referral.cell("RF-011", 1, "Registered CPMI [departure]"),
				"false");

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(at(report, referral.location("RF-011", 1, "Rule ID"))).extracting(Problem::code, Problem::message)
			.containsExactly(Tuple.tuple(ProblemCode.UNREACHABLE, "Row " + referral.row("RF-011", 1)
					+ " (RF-011) can never match: its conditions contradict each other."));
	}

	@Test
	void shouldShowACaseNoRowCoversInATableMarkedComplete() {
		TableCells departure = departure();
		Map<String, byte[]> workbooks = withFault(departure, (sheet) -> {
			// Only DC-011's rows stay, moved up to the top of the table.
			int first = departure.firstRow();
			for (int alternative = 1; alternative <= 3; alternative++) {
				Workbooks.copyRow(sheet, departure.row("DC-011", alternative), first + alternative - 1);
			}
			for (int row = first + 3; row < departure.blankRow(); row++) {
				sheet.removeRow(sheet.getRow(row - 1));
			}
			// Above the RuleTable cell, so not part of the table.
			Workbooks.set(sheet, "D2", "Complete");
			Workbooks.set(sheet, "E2", "true");
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, true, true);

		assertThat(report.errors()).as("Drools accepts the Complete marker")
			.extracting(Problem::code)
			.doesNotContain(ProblemCode.COMPILE_ERROR);

		assertThat(at(report, departure.location("D2"))).as(report::toText)
			.extracting(Problem::code, Problem::message)
			.contains(Tuple.tuple(ProblemCode.GAP,
					"The table Keberangkatan is marked complete, but no row matches e.g. statedPurpose=UMRAH, visaType=UMRAH."));
	}

	@Test
	void shouldWarnAboutRulesNoScenarioReaches() {
		Set<String> reached = new TreeSet<>(ruleIds());
		reached.remove("DC-011");

		ValidationReport report = WorkbookValidator.run(base(), reached, false, false);

		assertThat(report.problems()).extracting(Problem::code, Problem::location, Problem::message)
			.containsExactly(Tuple.tuple(ProblemCode.NOT_COVERED, departure().location("DC-011", 1, "Rule ID"),
					"No scenario in test-scenarios/ reaches rule DC-011 (row " + departure().row("DC-011")
							+ "); add one so trainers and the build see it work."));
	}

	@Test
	void shouldReportTwoCitationsInForceOnOneDay() {
		String validTo = TableCells.listCell(base(), "Rujukan Hukum", "SMUGGLING_OFFENCE", 1, "Valid to");
		String next = TableCells.listCell(base(), "Rujukan Hukum", "SMUGGLING_OFFENCE", 2, "Key");
		Map<String, byte[]> workbooks = Workbooks.withCell(base(), LISTS, "Rujukan Hukum", validTo, "2026-01-05");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.OVERLAPPING_DATES);
		assertThat(problem.location()).isEqualTo("lists.xlsx!Rujukan Hukum!" + next);
		assertThat(problem.message())
			.isEqualTo("The citation key SMUGGLING_OFFENCE has two entries in force on 2026-01-02 (rows "
					+ TableCells.rowOf(validTo) + " and " + TableCells.rowOf(next)
					+ "); end the earlier one (Valid to) the day before the next begins.");
	}

	@Test
	void shouldReportEveryProblemAtOnce() {
		TableCells passport = passport();
		String purpose = passport.cell("PA-010", "Stated purpose (any of)");
		Map<String, byte[]> workbooks = withFault(passport, (sheet) -> {
			Workbooks.set(sheet, purpose, "WROK");
			Workbooks.set(sheet, passport.cell("PA-011", "validFrom"), "tomorrow");
			Workbooks.set(sheet, passport.cell("PA-012", "reasonEn"), null);
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, false);

		assertThat(report.errors()).extracting(Problem::code)
			.containsExactly(ProblemCode.UNKNOWN_VALUE, ProblemCode.NOT_A_DATE, ProblemCode.MISSING_CELL);
		assertThat(report.hasErrors()).isTrue();
		assertThat(report.toText()).contains("3 error(s), 0 warning(s): fix the errors before publishing.");
		assertThat(report.toJson()).contains("\"location\" : \"" + passport.location(purpose) + "\"");
	}

	private static Problem onlyError(ValidationReport report) {
		assertThat(report.errors()).as(report::toText).hasSize(1);
		return report.errors().get(0);
	}

	private static List<Problem> at(ValidationReport report, String location) {
		return report.problems().stream().filter((p) -> p.location().equals(location)).toList();
	}

	private Set<String> ruleIds() {
		Set<String> ids = new TreeSet<>();
		base().forEach((file, bytes) -> {
			if (file.endsWith(".drl.xlsx")) {
				try {
					WorkbookReader.readRuleTables(file, bytes)
						.forEach((t) -> t.rows().forEach((r) -> ids.add(r.ruleId())));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		});
		return ids;
	}

}
