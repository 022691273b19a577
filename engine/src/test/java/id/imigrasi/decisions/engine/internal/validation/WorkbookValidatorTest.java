package id.imigrasi.decisions.engine.internal.validation;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fault class planted in a copy of a committed workbook (one fault each) is reported
 * at its cell with its message. Most tests skip the Drools compile and the analysis they
 * do not need: both are slow, and covered by their own tests.
 */
class WorkbookValidatorTest {

	private static final String DEPARTURE = "departure.drl.xlsx";

	private static final String PASSPORT = "passport-application.drl.xlsx";

	private static final String DEPARTURE_SHEET = "Keberangkatan";

	private static final String PASSPORT_SHEET = "Permohonan Paspor";

	@Test
	void shouldNameTheNearestPurposeForATypo() {
		Map<String, byte[]> workbooks = Workbooks.withCell(DEPARTURE, DEPARTURE_SHEET, "I17", "UMROH");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNKNOWN_VALUE);
		assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!I17");
		assertThat(problem.message()).isEqualTo(
				"'UMROH' is not a valid Purpose (Stated purpose (any of), row 17 (DC-011)). Did you mean 'UMRAH'? Allowed: TOURISM, UMRAH, HAJJ, VISIT_FAMILY, WORK, INTERNSHIP, STUDY, BUSINESS, MEDICAL, OTHER.");
		assertThat(problem.messageId()).startsWith("'UMROH' bukan Purpose yang dikenal").contains("Maksudnya 'UMRAH'?");
	}

	@Test
	void shouldRefuseAnOutcomeOfTheOtherService() {
		Map<String, byte[]> workbooks = Workbooks.withCell(PASSPORT, PASSPORT_SHEET, "S14", "DEFER");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.location()).isEqualTo("passport-application.drl.xlsx!Permohonan Paspor!S14");
		assertThat(problem.message()).isEqualTo(
				"'DEFER' is not a valid outcome of passport-application (Outcome, row 14 (PA-004)). Allowed: REFUSE, SUSPEND, IN_DEPTH_INTERVIEW, REQUEST_DOCUMENTS, ISSUE.");
	}

	@Test
	void shouldCheckCountryCodesListCodesRuleIdsCitationKeysAndYesNoCells() {
		Map<String, byte[]> workbooks = Workbooks.withFault(DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(DEPARTURE_SHEET);
			Workbooks.set(sheet, "Q23", "KH, MMR, LA");
			Workbooks.set(sheet, "P26", "DESTINATION_RISKS");
			Workbooks.set(sheet, "C11", "yes");
			Workbooks.set(sheet, "Z19", "{TPI_EXAMINATON}");
		});
		workbooks.put("referral.drl.xlsx", Workbooks.change(workbooks.get("referral.drl.xlsx"),
				(workbook) -> Workbooks.set(workbook.getSheet("Rujukan"), "O16", "DC-013, DC-099")));

		List<Problem> errors = WorkbookValidator.run(workbooks, null, false, false).errors();

		assertThat(errors).extracting(Problem::location)
			.containsExactly("departure.drl.xlsx!Keberangkatan!C11", "departure.drl.xlsx!Keberangkatan!Z19",
					"departure.drl.xlsx!Keberangkatan!Q23", "departure.drl.xlsx!Keberangkatan!P26",
					"referral.drl.xlsx!Rujukan!O16");
		assertThat(errors).extracting(Problem::code).containsOnly(ProblemCode.UNKNOWN_VALUE);
		assertThat(errors.get(0).message()).startsWith("'yes' is not a valid yes/no value (true or false)");
		assertThat(errors.get(1).message()).contains("Did you mean '{TPI_EXAMINATION}'?");
		assertThat(errors.get(2).message()).startsWith("'MMR' is not a valid ISO 3166-1 alpha-2 country code");
		assertThat(errors.get(3).message()).contains("Did you mean 'DESTINATION_RISK'?")
			.endsWith("Allowed: DESTINATION_RISK, MORATORIUM_260_2015.");
		assertThat(errors.get(4).message()).startsWith("'DC-099' is not a valid rule ID")
			.contains("Did you mean 'DC-001'?");
	}

	@Test
	void shouldReportAMissingLegalBasis() {
		Map<String, byte[]> workbooks = Workbooks.withCell(PASSPORT, PASSPORT_SHEET, "V13", null);

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.MISSING_CELL);
		assertThat(problem.location()).isEqualTo("passport-application.drl.xlsx!Permohonan Paspor!V13");
		assertThat(problem.message())
			.isEqualTo("Row 13 (PA-003) has no Legal basis (separate with ;); every row needs one.");
	}

	@Test
	void shouldRefuseAMetadataTemplateThatDiffersFromTheDeclaration() {
		Map<String, byte[]> workbooks = Workbooks.withCell("referral.drl.xlsx", "Rujukan", "Q9",
				"priority(\"$param\")");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.HEADER_CHANGED);
		assertThat(problem.location()).isEqualTo("referral.drl.xlsx!Rujukan!Q9");
		assertThat(problem.message()).startsWith(
				"The code cell Q9 reads 'priority(\"$param\")' where the table's declaration has 'urgency(\"$param\")'.");
	}

	@Test
	void shouldNameTheNearestAgency() {
		Map<String, byte[]> workbooks = Workbooks.withCell("referral.drl.xlsx", "Rujukan", "P19", "KP2M");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.location()).isEqualTo("referral.drl.xlsx!Rujukan!P19");
		assertThat(problem.message()).isEqualTo(
				"'KP2M' is not a valid Agency (Referral agency, row 19 (RF-010)). Did you mean 'KP2MI'? Allowed: POLRI, PPNS_IMIGRASI, KP2MI, DISNAKER, UPTD_PPA, DINSOS, LPSK, PERWAKILAN_RI.");
	}

	@Test
	void shouldReportARuleIdUsedInTwoWorkbooks() {
		Map<String, byte[]> workbooks = Workbooks.withCell(PASSPORT, PASSPORT_SHEET, "B12", "DC-002");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_RULE_ID);
		assertThat(problem.location()).isEqualTo("passport-application.drl.xlsx!Permohonan Paspor!B12");
		assertThat(problem.message()).isEqualTo(
				"Rule ID DC-002 is already used at departure.drl.xlsx!Keberangkatan!B13; each rule needs its own ID (rows sharing an ID must follow each other as alternatives).");
	}

	@Test
	void shouldReportValidToBeforeValidFrom() {
		Map<String, byte[]> workbooks = Workbooks.withCell(DEPARTURE, DEPARTURE_SHEET, "AB13", "2010-01-01");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.DATE_ORDER);
		assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!AB13");
		assertThat(problem.message()).isEqualTo(
				"Row 13 (DC-002) is valid to 2010-01-01, before it is valid from 2011-05-05, so it never applies; correct one of the dates.");
	}

	@Test
	void shouldReportADateThatIsNotADate() {
		Map<String, byte[]> workbooks = Workbooks.withCell(PASSPORT, PASSPORT_SHEET, "W12", "5 Mei 2011");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.NOT_A_DATE);
		assertThat(problem.location()).isEqualTo("passport-application.drl.xlsx!Permohonan Paspor!W12");
		assertThat(problem.message()).isEqualTo(
				"'5 Mei 2011' in Valid from of row 12 (PA-002) is not a date; write it as YYYY-MM-DD, e.g. 2024-06-18.");
	}

	@Test
	void shouldReportMergedCellsInsideTheRows() {
		Map<String, byte[]> workbooks = Workbooks.withFault(DEPARTURE,
				(workbook) -> workbook.getSheet(DEPARTURE_SHEET).addMergedRegion(CellRangeAddress.valueOf("X19:X20")));

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.MERGED_CELL);
		assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!X19");
		assertThat(problem.message()).isEqualTo(
				"Cells X19:X20 are merged inside the rule rows; Drools reads only X19 and the other cells lose their value. Unmerge them and fill each cell.");
	}

	@Test
	void shouldReportContentBelowTheBlankRowThatEndsTheTable() {
		Map<String, byte[]> workbooks = Workbooks.withFault(DEPARTURE,
				(workbook) -> Workbooks.copyRow(workbook.getSheet(DEPARTURE_SHEET), 25, 27));

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.STRAY_CONTENT);
		assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!B28");
		assertThat(problem.message()).isEqualTo(
				"This row comes after the blank row 27, which ends the table Keberangkatan: Drools ignores it. Delete the blank row or move this content.");
	}

	@Test
	void shouldRefuseARowThatRefusesOnAgeAlone() {
		Map<String, byte[]> workbooks = Workbooks.withFault(PASSPORT, (workbook) -> {
			Sheet sheet = workbook.getSheet(PASSPORT_SHEET);
			Workbooks.set(sheet, "N23", null);
			Workbooks.set(sheet, "S23", "REFUSE");
		});

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.DISCRIMINATION);
		assertThat(problem.location()).isEqualTo("passport-application.drl.xlsx!Permohonan Paspor!S23");
		assertThat(problem.message()).isEqualTo(
				"Row 23 (PA-040) recommends REFUSE on age alone. Sex, age, region, religion and occupation may raise triage only (SPEC 2.5, UU 6/2011 Pasal 2): add the legal ground it rests on, or use a triage outcome.");
	}

	@Test
	void shouldRefuseARestrictiveRowWithoutAnyCondition() {
		Map<String, byte[]> workbooks = Workbooks.withCell(PASSPORT, PASSPORT_SHEET, "F14", null);

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.NO_CONDITION);
		assertThat(problem.location()).isEqualTo("passport-application.drl.xlsx!Permohonan Paspor!S14");
		assertThat(problem.message()).isEqualTo(
				"Row 14 (PA-004) has no condition, so it would SUSPEND every case; give it its legal grounds as conditions.");
	}

	@Test
	void shouldRefuseAMisspeltConditionTemplateBeforeDroolsCompilesIt() {
		Map<String, byte[]> workbooks = Workbooks.withCell(DEPARTURE, DEPARTURE_SHEET, "C9",
				"travelDocumentExpird == $param");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, true, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.HEADER_CHANGED);
		assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!C9");
		assertThat(problem.message()).startsWith(
				"The code cell C9 reads 'travelDocumentExpird == $param' where the table's declaration has 'travelDocumentExpired == $param'.");
	}

	@Test
	void shouldRefuseABackslashThatWouldBreakTheGeneratedRule() {
		Map<String, byte[]> workbooks = Workbooks.withCell(DEPARTURE, DEPARTURE_SHEET, "Y13", "Ends with \\");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.UNSAFE_CHARACTER);
		assertThat(problem.location()).isEqualTo("departure.drl.xlsx!Keberangkatan!Y13");
		assertThat(problem.message()).isEqualTo(
				"Row 13 (DC-002) has a double quote, a backslash or a line break in Reason (English); it would break the generated rule. Use single quotes or a slash instead, on one line.");
	}

	@Test
	void shouldWarnWhenTwoRowsWithDifferentOutcomesMatchOneCase() {
		Map<String, byte[]> workbooks = Workbooks.withFault(DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(DEPARTURE_SHEET);
			Workbooks.copyRow(sheet, 25, 26);
			Workbooks.set(sheet, "B27", "DC-021");
			Workbooks.set(sheet, "I27", "TOURISM");
			Workbooks.set(sheet, "P27", null);
			Workbooks.set(sheet, "W27", "DEFER");
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(report.errors()).isEmpty();
		assertThat(at(report, "departure.drl.xlsx!Keberangkatan!B27")).extracting(Problem::code, Problem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.OVERLAP,
					"Rows 25 (DC-020, SECONDARY_INSPECTION) and 27 (DC-021, DEFER) both match one case, e.g. interviewed=false, returnTicket=false, statedPurpose=TOURISM; DEFER, the more severe, becomes the recommendation."));
	}

	@Test
	void shouldNotWarnAboutRowsThatAreNeverInForceTogether() {
		Map<String, byte[]> workbooks = Workbooks.withFault(DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(DEPARTURE_SHEET);
			Workbooks.copyRow(sheet, 25, 26);
			Workbooks.set(sheet, "B27", "DC-021");
			Workbooks.set(sheet, "I27", "TOURISM");
			Workbooks.set(sheet, "P27", null);
			Workbooks.set(sheet, "W27", "DEFER");
			Workbooks.set(sheet, "AA27", "2027-01-01");
			Workbooks.set(sheet, "AB25", "2026-12-31");
			Workbooks.set(sheet, "AB26", "2026-12-31");
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(at(report, "departure.drl.xlsx!Keberangkatan!B27")).isEmpty();
	}

	@Test
	void shouldWarnAboutARowThatNeverDecidesBecauseAStrongerRowCoversIt() {
		Map<String, byte[]> workbooks = Workbooks.withFault(DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(DEPARTURE_SHEET);
			Workbooks.copyRow(sheet, 25, 26);
			Workbooks.set(sheet, "B27", "DC-021");
			Workbooks.set(sheet, "W27", "DEFER");
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(at(report, "departure.drl.xlsx!Keberangkatan!B26")).extracting(Problem::code, Problem::message)
			.contains(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNREACHABLE,
					"Row 26 (DC-020, SECONDARY_INSPECTION) never decides the recommendation: every case it matches is also matched by DC-021 (DEFER), with a more severe outcome."));
	}

	@Test
	void shouldWarnAboutARowWhoseConditionsContradict() {
		Map<String, byte[]> workbooks = Workbooks.withCell(PASSPORT, PASSPORT_SHEET, "K22", "VISIT_FAMILY");

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(report.errors()).isEmpty();
		assertThat(at(report, "passport-application.drl.xlsx!Permohonan Paspor!B22"))
			.extracting(Problem::code, Problem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNREACHABLE,
					"Row 22 (PA-030, REQUEST_DOCUMENTS) can never match: its conditions contradict each other."));
	}

	@Test
	void shouldWarnAboutAReferralRowThatNeedsBothServices() {
		Map<String, byte[]> workbooks = Workbooks.withCell("referral.drl.xlsx", "Rujukan", "M20", "false");

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, true);

		assertThat(at(report, "referral.drl.xlsx!Rujukan!B20")).extracting(Problem::code, Problem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNREACHABLE,
					"Row 20 (RF-011) can never match: its conditions contradict each other."));
	}

	@Test
	void shouldShowACaseNoRowCoversInATableMarkedComplete() {
		Map<String, byte[]> workbooks = Workbooks.withFault(DEPARTURE, (workbook) -> {
			Sheet sheet = workbook.getSheet(DEPARTURE_SHEET);
			for (int row = 15; row <= 17; row++) {
				Workbooks.copyRow(sheet, row, row - 5);
			}
			for (int row = 13; row <= 25; row++) {
				sheet.removeRow(sheet.getRow(row));
			}
			Workbooks.set(sheet, "D2", "Complete");
			Workbooks.set(sheet, "E2", "true");
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, true, true);

		assertThat(report.errors()).as("Drools accepts the Complete marker")
			.extracting(Problem::code)
			.doesNotContain(ProblemCode.COMPILE_ERROR);

		assertThat(at(report, "departure.drl.xlsx!Keberangkatan!D2")).extracting(Problem::code, Problem::message)
			.contains(org.assertj.core.groups.Tuple.tuple(ProblemCode.GAP,
					"The table Keberangkatan is marked complete, but no row matches e.g. statedPurpose=UMRAH, visaType=UMRAH."));
	}

	@Test
	void shouldWarnAboutRulesNoScenarioReaches() {
		Set<String> reached = new TreeSet<>(ruleIds());
		reached.remove("DC-011");

		ValidationReport report = WorkbookValidator.run(Workbooks.committed(), reached, false, false);

		assertThat(report.problems()).extracting(Problem::code, Problem::location, Problem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.NOT_COVERED,
					"departure.drl.xlsx!Keberangkatan!B16",
					"No scenario in test-scenarios/ reaches rule DC-011 (row 16); add one so trainers and the build see it work."));
	}

	@Test
	void shouldReportTwoCitationsInForceOnOneDay() {
		Map<String, byte[]> workbooks = Workbooks.withCell("lists.xlsx", "Rujukan Hukum", "E2", "2026-01-05");

		Problem problem = onlyError(WorkbookValidator.run(workbooks, null, false, false));

		assertThat(problem.code()).isEqualTo(ProblemCode.OVERLAPPING_DATES);
		assertThat(problem.location()).isEqualTo("lists.xlsx!Rujukan Hukum!A3");
		assertThat(problem.message()).isEqualTo(
				"The citation key TPPO_OFFENCE has two entries in force on 2026-01-02 (rows 2 and 3); end the earlier one (Valid to) the day before the next begins.");
	}

	@Test
	void shouldReportEveryProblemAtOnce() {
		Map<String, byte[]> workbooks = Workbooks.withFault(PASSPORT, (workbook) -> {
			Sheet sheet = workbook.getSheet(PASSPORT_SHEET);
			Workbooks.set(sheet, "J17", "WROK");
			Workbooks.set(sheet, "W18", "tomorrow");
			Workbooks.set(sheet, "U19", null);
		});

		ValidationReport report = WorkbookValidator.run(workbooks, null, false, false);

		assertThat(report.errors()).extracting(Problem::code)
			.containsExactly(ProblemCode.UNKNOWN_VALUE, ProblemCode.NOT_A_DATE, ProblemCode.MISSING_CELL);
		assertThat(report.hasErrors()).isTrue();
		assertThat(report.toText()).contains("3 error(s), 0 warning(s): fix the errors before publishing.");
		assertThat(report.toJson()).contains("\"location\" : \"passport-application.drl.xlsx!Permohonan Paspor!J17\"");
	}

	private static Problem onlyError(ValidationReport report) {
		assertThat(report.errors()).as(report::toText).hasSize(1);
		return report.errors().get(0);
	}

	private static List<Problem> at(ValidationReport report, String location) {
		return report.problems().stream().filter((p) -> p.location().equals(location)).toList();
	}

	private static Set<String> ruleIds() {
		Set<String> ids = new TreeSet<>();
		Workbooks.committed().forEach((file, bytes) -> {
			if (file.endsWith(".drl.xlsx")) {
				try {
					id.imigrasi.decisions.engine.internal.tables.WorkbookReader.readRuleTables(file, bytes)
						.forEach((t) -> t.rows().forEach((r) -> ids.add(r.ruleId())));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
		});
		return ids;
	}

}
