package id.imigrasi.decisions.engine.internal.tidy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.model.Agency;

/**
 * The layout of lists.xlsx: each sheet is a plain table under a caption row, so it gets a
 * frozen caption, a filter, rows that fit, print titles, and drop-downs on its code
 * columns (countries, agencies) and date prompts. Columns are found by the English line
 * of their captions, as the reader finds them.
 */
final class ListsLayout {

	/** Rows below the last entry that get the drop-downs too, for new entries. */
	private static final int SPARE_ROWS = 200;

	private ListsLayout() {
	}

	static byte[] tidy(byte[] bytes) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Choices.clear(workbook);
			Choices choices = new Choices(workbook);
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				Row header = sheet.getRow(0);
				if (sheet.getSheetName().equals("Petunjuk") || header == null) {
					for (Row row : sheet) {
						RowHeights.fit(sheet, row);
					}
					WorkbookTidier.print(sheet, false, 1);
					continue;
				}
				table(workbook, sheet, header, choices);
			}
			choices.write();
			return WorkbookTidier.write(workbook);
		}
	}

	private static void table(XSSFWorkbook workbook, XSSFSheet sheet, Row header, Choices choices) {
		int lastColumn = header.getLastCellNum() - 1;
		int lastRow = Math.max(1, sheet.getLastRowNum());
		for (Row row : sheet) {
			RowHeights.fit(sheet, row);
		}
		for (int c = 0; c <= lastColumn; c++) {
			String caption = Cells.text(header.getCell(c));
			if (caption == null) {
				continue;
			}
			String english = caption.substring(caption.lastIndexOf('\n') + 1).strip().toLowerCase(Locale.ROOT);
			CellRangeAddressList cells = new CellRangeAddressList(1, lastRow + SPARE_ROWS, c, c);
			if (english.startsWith("country (iso") || english.startsWith("neighbour country (iso")) {
				List<String> countries = Arrays.asList(Locale.getISOCountries());
				choices.dropDown(sheet, cells, "Country", countries, true, null);
			}
			else if (english.equals("valid from") || english.equals("valid to")) {
				Choices.date(sheet, cells);
			}
			else if (english.equals("code") && sheet.getSheetName().equals("Instansi")) {
				choices.dropDown(sheet, cells, "Agency", Arrays.stream(Agency.values()).map(Enum::name).toList(), true,
						null);
			}
		}
		sheet.createFreezePane(1, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		WorkbookTidier.print(sheet, true, 1);
		for (Cell cell : header) {
			cell.getCellStyle().setWrapText(true);
		}
	}

}
