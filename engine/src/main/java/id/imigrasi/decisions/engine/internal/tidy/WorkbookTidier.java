package id.imigrasi.decisions.engine.internal.tidy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;

import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;
import id.imigrasi.decisions.engine.internal.validation.AllowedValues;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Urgency;

/**
 * Lays out a set of workbooks for editing; never changes a cell's value. Rule tables get
 * drop-downs on every column with fixed values, widths by column kind, rows that fit
 * their text, the header rows (RuleSet to code templates) grouped, collapsed and
 * protected, spare unlocked rows below, frozen captions and print titles. lists.xlsx gets
 * drop-downs on its code columns, widths, heights, filters and print titles. Running it
 * twice gives the same workbook.
 */
public final class WorkbookTidier {

	/**
	 * Rows below the table left unlocked, so staff can add rules to a protected sheet.
	 */
	static final int SPARE_ROWS = 40;

	private WorkbookTidier() {
	}

	/**
	 * Tidies every workbook of the set; the others give the context a drop-down needs
	 * (list codes from lists.xlsx, rule IDs from the rule tables).
	 * @return file name to the tidied bytes, for each workbook given
	 */
	public static Map<String, byte[]> tidy(Map<String, byte[]> workbooks) throws IOException {
		Set<String> listCodes = new TreeSet<>();
		Set<String> ruleIds = new TreeSet<>();
		byte[] lists = workbooks.get(ReferenceLists.FILE);
		if (lists != null) {
			listCodes.addAll(ReferenceLists.read(ReferenceLists.FILE, lists).listCodes());
		}
		for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
			if (WorkbookReader.isRuleWorkbook(workbook.getKey())) {
				for (RuleTable table : WorkbookReader.readRuleTables(workbook.getKey(), workbook.getValue())) {
					table.rows().stream().map(RuleRow::ruleId).filter((id) -> id != null).forEach(ruleIds::add);
				}
			}
		}
		Map<String, byte[]> tidied = new TreeMap<>();
		for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
			String file = workbook.getKey();
			if (WorkbookReader.isRuleWorkbook(file)) {
				tidied.put(file, ruleWorkbook(file, workbook.getValue(), listCodes, ruleIds));
			}
			else if (file.equals(ReferenceLists.FILE)) {
				tidied.put(file, ListsLayout.tidy(workbook.getValue()));
			}
		}
		return tidied;
	}

	static byte[] ruleWorkbook(String file, byte[] bytes, Set<String> listCodes, Set<String> ruleIds)
			throws IOException {
		List<RuleTable> tables = WorkbookReader.readRuleTables(file, bytes);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Choices.clear(workbook);
			Choices choices = new Choices(workbook);
			for (RuleTable table : tables) {
				layOut(workbook, workbook.getSheet(table.sheet()), table, choices, listCodes, ruleIds);
			}
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				if (tables.stream().noneMatch((t) -> t.sheet().equals(sheet.getSheetName()))) {
					helpSheet(sheet);
				}
			}
			choices.write();
			return write(workbook);
		}
	}

	private static void layOut(XSSFWorkbook workbook, XSSFSheet sheet, RuleTable table, Choices choices,
			Set<String> listCodes, Set<String> ruleIds) {
		int keyword = table.headerRow() - 1; // 0-based row of RuleTable
		int captions = keyword + 4;
		int firstData = captions + 1;
		int lastData = captions + table.rows().size();
		int lastSpare = lastData + SPARE_ROWS;
		int firstColumn = table.columns().get(0).index();
		int lastColumn = table.columns().get(table.columns().size() - 1).index();
		sheet.setColumnWidth(0, 3 * 256);
		for (RuleColumn column : table.columns()) {
			sheet.setColumnWidth(column.index(), width(column) * 256);
		}
		unlockRows(workbook, sheet, firstData, lastSpare, firstColumn, lastColumn);
		for (int r = 0; r <= lastData; r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				RowHeights.fit(sheet, row);
			}
		}
		for (RuleColumn column : table.columns()) {
			CellRangeAddressList cells = new CellRangeAddressList(firstData, lastSpare, column.index(), column.index());
			dropDown(table, column, cells, sheet, choices, listCodes, ruleIds);
		}
		// The engineers' rows, from RuleSet to the code templates: grouped and collapsed
		// under the captions, and protected with the rest of the header.
		collapse(sheet, 1, captions - 1);
		sheet.createFreezePane(firstColumn + 1, captions + 1);
		sheet.enableLocking();
		sheet.lockInsertRows(false);
		sheet.lockDeleteRows(false);
		sheet.lockFormatRows(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatCells(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
		int index = workbook.getSheetIndex(sheet);
		workbook.setPrintArea(index, firstColumn, lastColumn, 0, lastData);
		sheet.setRepeatingRows(new CellRangeAddress(captions, captions, -1, -1));
		sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, firstColumn, firstColumn));
		print(sheet, true, (lastColumn - firstColumn > 20) ? 3 : 2);
	}

	/**
	 * Groups rows {@code first} to {@code last} (0-based) under the row after them and
	 * collapses the group. Written on the rows directly: POI's groupRow and
	 * setRowGroupCollapsed hid the whole sheet when run on a sheet grouped before.
	 */
	static void collapse(XSSFSheet sheet, int first, int last) {
		for (Row row : sheet) {
			CTRow ct = ((XSSFRow) row).getCTRow();
			if (ct.isSetOutlineLevel()) {
				ct.unsetOutlineLevel();
			}
			if (ct.isSetHidden()) {
				ct.unsetHidden();
			}
			if (ct.isSetCollapsed()) {
				ct.unsetCollapsed();
			}
		}
		for (int r = first; r <= last; r++) {
			XSSFRow row = (sheet.getRow(r) != null) ? sheet.getRow(r) : sheet.createRow(r);
			row.getCTRow().setOutlineLevel((short) 1);
			row.getCTRow().setHidden(true);
		}
		XSSFRow summary = (sheet.getRow(last + 1) != null) ? sheet.getRow(last + 1) : sheet.createRow(last + 1);
		summary.getCTRow().setCollapsed(true);
		CTSheetFormatPr format = sheet.getCTWorksheet().isSetSheetFormatPr() ? sheet.getCTWorksheet().getSheetFormatPr()
				: sheet.getCTWorksheet().addNewSheetFormatPr();
		format.setOutlineLevelRow((short) 1);
	}

	/**
	 * Rule rows and the spare rows below them take an unlocked copy of the rule rows'
	 * style; the header keeps its locked one.
	 */
	private static void unlockRows(XSSFWorkbook workbook, XSSFSheet sheet, int first, int last, int firstColumn,
			int lastColumn) {
		Row template = sheet.getRow(first);
		CellStyle base = (template != null && template.getCell(firstColumn) != null)
				? template.getCell(firstColumn).getCellStyle() : workbook.getCellStyleAt(0);
		CellStyle unlocked = base;
		if (base.getLocked()) {
			unlocked = workbook.createCellStyle();
			unlocked.cloneStyleFrom(base);
			unlocked.setLocked(false);
			unlocked.setWrapText(true);
		}
		for (int r = first; r <= last; r++) {
			Row row = (sheet.getRow(r) != null) ? sheet.getRow(r) : sheet.createRow(r);
			for (int c = firstColumn; c <= lastColumn; c++) {
				Cell cell = (row.getCell(c) != null) ? row.getCell(c) : row.createCell(c);
				if (cell.getCellStyle().getLocked()) {
					cell.setCellStyle(unlocked);
				}
			}
		}
	}

	private static void dropDown(RuleTable table, RuleColumn column, CellRangeAddressList cells, XSSFSheet sheet,
			Choices choices, Set<String> listCodes, Set<String> ruleIds) {
		String listPrompt = "Pilih satu nilai; untuk beberapa nilai ketik dipisah koma. / Pick one value; for several, type them separated by commas.";
		if (column.isCondition()) {
			if (AllowedValues.isWholeNumber(column)) {
				Choices.wholeNumber(sheet, cells, 0, 130);
				return;
			}
			List<String> values = AllowedValues.ofCondition(column, listCodes, ruleIds);
			if (values == null || values.isEmpty()) {
				return;
			}
			boolean list = AllowedValues.isList(column);
			choices.dropDown(sheet, cells, key(column, values), values, !list, list ? listPrompt : null);
			return;
		}
		String meta = column.metaKey();
		if (meta == null) {
			return;
		}
		switch (meta) {
			case "outcome" -> choices.dropDown(sheet, cells, "Outcome_" + table.tableName(),
					AllowedValues.outcomes(table), true, null);
			case "agency" -> choices.dropDown(sheet, cells, "Agency", AllowedValues.ofEnum(Agency.class), true, null);
			case "urgency" ->
				choices.dropDown(sheet, cells, "Urgency", AllowedValues.ofEnum(Urgency.class), true, null);
			case "validFrom", "validTo", "reviewBy" -> Choices.date(sheet, cells);
			default -> {
			}
		}
	}

	/** One hidden list per kind of value: the enum's name, or what the column reads. */
	private static String key(RuleColumn column, List<String> values) {
		if (values.equals(List.of("true", "false"))) {
			return "YesNo";
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b([A-Z]\\w*)\\.\\$").matcher(column.code());
		if (m.find()) {
			return m.group(1);
		}
		if (column.code().contains("ruleId")) {
			return "RuleId";
		}
		if (column.code().contains("Countries")) {
			return "Country";
		}
		return "List";
	}

	/** Characters of width by what the column holds. */
	static int width(RuleColumn column) {
		if (column.isRuleId()) {
			return 10;
		}
		if (column.isCondition()) {
			String code = column.code().toLowerCase(Locale.ROOT);
			int base = (code.contains("forall") || code.contains("contains")) ? 22 : 14;
			// a long caption gets room rather than a row thirty lines high
			return Math.max(base, Math.min(30, column.caption().length() / 9));
		}
		String meta = (column.metaKey() != null) ? column.metaKey() : "";
		return switch (meta) {
			case "outcome" -> 20;
			case "agency" -> 16;
			case "urgency", "validFrom", "validTo", "reviewBy" -> 12;
			case "legalBasis" -> 34;
			case "owner" -> 26;
			case "note" -> 70;
			default -> 48; // reasons and citizen texts
		};
	}

	/** A help sheet (Petunjuk): two wide wrapped columns, rows that fit, portrait. */
	private static void helpSheet(XSSFSheet sheet) {
		for (Row row : sheet) {
			RowHeights.fit(sheet, row);
		}
		print(sheet, false, 1);
	}

	static void print(XSSFSheet sheet, boolean landscape, int pagesWide) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setLandscape(landscape);
		setup.setPaperSize(landscape ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
		setup.setFitWidth((short) pagesWide);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setPrintGridlines(true);
		sheet.setHorizontallyCenter(false);
		sheet.getHeader().setCenter("&F: &A");
		sheet.getFooter().setCenter("&P / &N");
	}

	static byte[] write(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
