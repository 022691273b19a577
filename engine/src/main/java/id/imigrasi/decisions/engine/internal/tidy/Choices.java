package id.imigrasi.decisions.engine.internal.tidy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The drop-downs of a workbook: each list of allowed values is written once, as a column
 * of a hidden sheet with a name ({@code Pilihan_Purpose}), because Excel limits a list
 * typed into a validation to 255 characters (the countries alone take 750).
 */
final class Choices {

	static final String SHEET = "Pilihan";

	private final XSSFWorkbook workbook;

	private final Map<String, List<String>> lists = new LinkedHashMap<>();

	Choices(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	/** Removes what an earlier tidy wrote, so tidying twice gives the same workbook. */
	static void clear(XSSFWorkbook workbook) {
		for (Name name : List.copyOf(workbook.getAllNames())) {
			if (name.getNameName().startsWith(SHEET + "_")) {
				workbook.removeName(name);
			}
		}
		int index = workbook.getSheetIndex(SHEET);
		if (index >= 0) {
			workbook.removeSheetAt(index);
		}
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			if (sheet.getCTWorksheet().isSetDataValidations()) {
				sheet.getCTWorksheet().unsetDataValidations();
			}
		}
	}

	/**
	 * A drop-down over the cells.
	 * @param key names the list, e.g. {@code Purpose}
	 * @param strict refuse other values (a single-value column); a list column only
	 * offers them, since a cell may hold several separated by commas
	 */
	void dropDown(XSSFSheet sheet, CellRangeAddressList cells, String key, List<String> values, boolean strict,
			String prompt) {
		this.lists.putIfAbsent(key, values);
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidationConstraint constraint = helper.createFormulaListConstraint(SHEET + "_" + key);
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(strict);
		if (strict) {
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.createErrorBox("Nilai tidak dikenal / Unknown value",
					"Pilih salah satu nilai dari daftar. / Pick one of the listed values.");
		}
		validation.setShowPromptBox(prompt != null);
		if (prompt != null) {
			validation.createPromptBox("Pilihan / Choices", prompt);
		}
		sheet.addValidationData(validation);
	}

	/** Whole numbers between the bounds, refused otherwise. */
	static void wholeNumber(XSSFSheet sheet, CellRangeAddressList cells, int min, int max) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidation validation = helper.createValidation(helper.createIntegerConstraint(
				DataValidationConstraint.OperatorType.BETWEEN, String.valueOf(min), String.valueOf(max)), cells);
		validation.setShowErrorBox(true);
		validation.createErrorBox("Bilangan bulat / Whole number",
				"Tulis bilangan bulat, misalnya 18. / Write a whole number, e.g. 18.");
		sheet.addValidationData(validation);
	}

	/**
	 * A date written as text {@code YYYY-MM-DD}: ten characters, with a warning (not a
	 * refusal) otherwise, because a date typed as a date is read correctly too.
	 */
	static void date(XSSFSheet sheet, CellRangeAddressList cells) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidation validation = helper.createValidation(
				helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.EQUAL, "10", null), cells);
		validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		validation.setShowErrorBox(true);
		validation.createErrorBox("Tanggal / Date",
				"Tulis tanggal sebagai YYYY-MM-DD, misalnya 2024-06-18. / Write the date as YYYY-MM-DD, e.g. 2024-06-18.");
		validation.setShowPromptBox(true);
		validation.createPromptBox("Tanggal / Date", "YYYY-MM-DD, misalnya 2024-06-18 / e.g. 2024-06-18");
		sheet.addValidationData(validation);
	}

	/** Writes the hidden sheet and its names; call once, after the last drop-down. */
	void write() {
		if (this.lists.isEmpty()) {
			return;
		}
		XSSFSheet sheet = this.workbook.createSheet(SHEET);
		int column = 0;
		for (Map.Entry<String, List<String>> list : this.lists.entrySet()) {
			List<String> values = list.getValue();
			for (int r = 0; r < values.size(); r++) {
				Row row = (sheet.getRow(r) != null) ? sheet.getRow(r) : sheet.createRow(r);
				row.createCell(column).setCellValue(values.get(r));
			}
			String letter = CellReference.convertNumToColString(column);
			Name name = this.workbook.createName();
			name.setNameName(SHEET + "_" + list.getKey());
			name.setRefersToFormula(SHEET + "!$" + letter + "$1:$" + letter + "$" + Math.max(1, values.size()));
			column++;
		}
		this.workbook.setSheetVisibility(this.workbook.getSheetIndex(SHEET), SheetVisibility.HIDDEN);
	}

}
