package id.imigrasi.decisions.engine.internal.tidy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.Tidy;
import id.imigrasi.decisions.engine.Validator;
import id.imigrasi.decisions.engine.Workbooks;
import id.imigrasi.decisions.model.request.Purpose;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tidy command lays the committed workbooks out for editing and never touches a rule:
 * every cell of every sheet reads the same before and after, and the result still
 * compiles row for row.
 */
class WorkbookTidierTest {

	private static Map<String, byte[]> committed;

	private static Map<String, byte[]> tidied;

	@BeforeAll
	static void tidy() throws IOException {
		committed = Workbooks.committed();
		tidied = Tidy.workbooks(committed);
	}

	@Test
	void shouldChangeNoCellValueOfAnySheet() throws IOException {
		assertThat(tidied.keySet()).containsExactlyInAnyOrderElementsOf(committed.keySet());
		for (String file : committed.keySet()) {
			Map<String, String> before = cells(committed.get(file));
			Map<String, String> after = cells(tidied.get(file));
			before.keySet().removeIf((key) -> key.startsWith(Choices.SHEET + "!"));
			after.keySet().removeIf((key) -> key.startsWith(Choices.SHEET + "!"));
			assertThat(after).as(file).isEqualTo(before);
		}
	}

	@Test
	void shouldGiveTheSameWorkbookWhenTidiedTwice() throws IOException {
		Map<String, byte[]> twice = Tidy.workbooks(tidied);
		for (String file : tidied.keySet()) {
			assertThat(cells(twice.get(file))).as(file).isEqualTo(cells(tidied.get(file)));
			assertThat(validations(twice.get(file))).as(file).isEqualTo(validations(tidied.get(file)));
		}
	}

	@Test
	void shouldOfferTheAllowedValuesInADropDownOnEveryEnumColumn() throws IOException {
		try (XSSFWorkbook workbook = open(tidied.get("departure.drl.xlsx"))) {
			XSSFSheet sheet = workbook.getSheet("Keberangkatan");
			List<String> purposes = new ArrayList<>();
			var range = workbook.getName("Pilihan_Purpose").getRefersToFormula();
			XSSFSheet choices = workbook.getSheet("Pilihan");
			int column = new org.apache.poi.ss.util.CellReference(
					range.substring(range.indexOf('$'), range.indexOf(':')))
				.getCol();
			for (Row row : choices) {
				if (row.getCell(column) != null) {
					purposes.add(row.getCell(column).getStringCellValue());
				}
			}
			assertThat(purposes)
				.containsExactly(java.util.Arrays.stream(Purpose.values()).map(Enum::name).toArray(String[]::new));
			assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Pilihan"))).isTrue();
			// Outcome, urgency-free departure: a strict list; Tujuan (salah satu): a list
			// that only offers
			assertThat(validationOf(sheet, "Rekomendasi").getShowErrorBox()).isTrue();
			assertThat(validationOf(sheet, "Tujuan (salah satu)").getShowErrorBox()).isFalse();
			assertThat(validationOf(sheet, "Tiket pulang").getValidationConstraint().getFormula1())
				.isEqualTo("Pilihan_YesNo");
			assertThat(validationOf(sheet, "Umur kurang dari")).isNotNull();
			assertThat(validationOf(sheet, "Berlaku sejak")).isNotNull();
		}
		try (XSSFWorkbook workbook = open(tidied.get("referral.drl.xlsx"))) {
			XSSFSheet sheet = workbook.getSheet("Rujukan");
			assertThat(validationOf(sheet, "Instansi rujukan").getValidationConstraint().getFormula1())
				.isEqualTo("Pilihan_Agency");
			assertThat(
					validationOf(sheet, "Bila salah satu aturan ini berlaku").getValidationConstraint().getFormula1())
				.isEqualTo("Pilihan_RuleId");
		}
		try (XSSFWorkbook workbook = open(tidied.get("lists.xlsx"))) {
			assertThat(workbook.getSheet("Daftar Negara").getDataValidations()).isNotEmpty();
			assertThat(workbook.getSheet("Pos Lintas Batas").getDataValidations()).isNotEmpty();
		}
	}

	@Test
	void shouldGroupCollapseAndProtectTheEngineersRowsAndFreeTheRules() throws IOException {
		try (XSSFWorkbook workbook = open(tidied.get("passport-application.drl.xlsx"))) {
			XSSFSheet sheet = workbook.getSheet("Permohonan Paspor");
			for (int r = 1; r <= 8; r++) {
				assertThat(sheet.getRow(r).getZeroHeight()).as("row %d hidden", r + 1).isTrue();
				assertThat(sheet.getRow(r).getOutlineLevel()).as("row %d grouped", r + 1).isEqualTo(1);
			}
			assertThat(sheet.getRow(0).getZeroHeight()).as("the title").isFalse();
			assertThat(sheet.getRow(9).getZeroHeight()).as("the captions").isFalse();
			assertThat(sheet.getRow(10).getZeroHeight()).as("the first rule").isFalse();
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.getRow(8).getCell(2).getCellStyle().getLocked()).as("a code template").isTrue();
			assertThat(sheet.getRow(10).getCell(1).getCellStyle().getLocked()).as("a rule ID").isFalse();
			assertThat(sheet.getRow(10 + 60).getCell(3).getCellStyle().getLocked()).as("a spare row").isFalse();
			assertThat(sheet.getRow(10).getHeightInPoints()).as("a row with long reasons").isGreaterThan(30);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("10:10");
			assertThat(workbook.getPrintArea(0)).startsWith("'Permohonan Paspor'!$B$1:");
		}
	}

	@Test
	void shouldStillValidateAndCompileEveryRow() throws Exception {
		assertThat(Validator.checkWithoutCompiling(tidied).errors()).isEmpty();
		Ruleset ruleset = Ruleset.compile("tidied", tidied);
		assertThat(ruleset.info().rows()).hasSameSizeAs(Ruleset.embedded().info().rows());
	}

	private static XSSFDataValidation validationOf(XSSFSheet sheet, String caption) {
		Row captions = sheet.getRow(9);
		for (Cell cell : captions) {
			if (cell.getStringCellValue().startsWith(caption + "\n")) {
				for (XSSFDataValidation validation : sheet.getDataValidations()) {
					CellRangeAddressList cells = validation.getRegions();
					for (var region : cells.getCellRangeAddresses()) {
						if (region.getFirstColumn() == cell.getColumnIndex() && region.getFirstRow() == 10) {
							return validation;
						}
					}
				}
			}
		}
		return null;
	}

	private static Map<String, String> cells(byte[] bytes) throws IOException {
		DataFormatter formatter = new DataFormatter();
		Map<String, String> cells = new LinkedHashMap<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String text = formatter.formatCellValue(cell);
						if (!text.isEmpty()) {
							cells.put(sheet.getSheetName() + "!" + cell.getAddress(), cell.getCellType() + ":" + text);
						}
					}
				}
			}
		}
		return cells;
	}

	private static int validations(byte[] bytes) throws IOException {
		int count = 0;
		try (XSSFWorkbook workbook = open(bytes)) {
			for (Sheet sheet : workbook) {
				count += ((XSSFSheet) sheet).getDataValidations().size();
			}
		}
		return count;
	}

	private static XSSFWorkbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

}
