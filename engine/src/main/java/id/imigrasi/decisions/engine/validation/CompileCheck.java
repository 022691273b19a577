package id.imigrasi.decisions.engine.validation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import id.imigrasi.decisions.engine.tables.CellRef;
import id.imigrasi.decisions.engine.tables.RuleColumn;
import id.imigrasi.decisions.engine.tables.RuleRow;
import id.imigrasi.decisions.engine.tables.RuleTable;

/**
 * Compiles each workbook with Drools and maps every error back to the cell that caused
 * it. The DRL is generated with {@link SpreadsheetCompiler}, which writes
 * {@code // rule values at B13, header at B7} above each rule, and compiled with the
 * classic builder: its messages name the line and the expression, where the executable
 * model's say only "Unable to parse left part of expression" with no line (drools-notes
 * §2). The engine still runs on the executable model; this is only for locating errors.
 */
final class CompileCheck {

	private static final Pattern RULE_VALUES = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");

	private static final Pattern RULE_NAME = Pattern.compile("rule \"?(\\w+?)_(\\d+)\"?");

	private CompileCheck() {
	}

	static void check(String file, byte[] bytes, List<RuleTable> tables, Problems problems) {
		String drl;
		try {
			drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.XLS);
		}
		catch (RuntimeException ex) {
			problems.error("COMPILE_ERROR", new CellRef(file, null, null),
					"Drools cannot read the rule tables of this workbook: " + ex.getMessage(),
					"Drools tidak dapat membaca tabel aturan buku kerja ini: " + ex.getMessage());
			return;
		}
		KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
		builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
		String[] lines = drl.split("\n", -1);
		for (KnowledgeBuilderError error : builder.getErrors()) {
			String text = error.getMessage().strip().replaceAll("\\s+", " ");
			RuleRow row = rowOf(error, lines, tables);
			if (row == null) {
				if (problems.all().stream().noneMatch((p) -> p.isError() && file.equals(p.file()))) {
					problems.error("COMPILE_ERROR", new CellRef(file, null, null), "Drools cannot compile: " + text,
							"Drools tidak dapat mengompilasi: " + text);
				}
				continue;
			}
			RuleColumn column = columnOf(row, text);
			CellRef cell = row.cellRef((column != null) ? column : row.table().ruleIdColumn());
			if (problems.hasErrorAt(cell)) {
				continue; // a value check already said what is wrong here, in plainer
							// words
			}
			String what = (column != null) ? "the " + column.captionEn() + " cell of row " + StructureCheck.label(row)
					: "row " + StructureCheck.label(row);
			String whatId = (column != null) ? "sel " + column.captionId() + " baris " + StructureCheck.label(row)
					: "baris " + StructureCheck.label(row);
			problems.error("COMPILE_ERROR", cell,
					"Drools cannot compile " + what + ": " + text + ". If the cell looks right, the column's code (row "
							+ (row.table().headerRow() + 3) + ") may be wrong: ask an engineer.",
					"Drools tidak dapat mengompilasi " + whatId + ": " + text
							+ ". Bila isi sel sudah benar, kode kolom (baris " + (row.table().headerRow() + 3)
							+ ") mungkin salah: hubungi engineer.");
		}
	}

	/**
	 * The row whose rule the error is in: named in the message, else the nearest comment
	 * above.
	 */
	private static RuleRow rowOf(KnowledgeBuilderError error, String[] lines, List<RuleTable> tables) {
		Matcher named = RULE_NAME.matcher(error.getMessage());
		while (named.find()) {
			RuleRow row = find(tables, named.group(1), Integer.parseInt(named.group(2)));
			if (row != null) {
				return row;
			}
		}
		int[] at = error.getLines();
		if (at == null || at.length == 0 || at[0] <= 0) {
			return null;
		}
		for (int line = Math.min(at[0], lines.length) - 1; line >= 0; line--) {
			Matcher m = RULE_VALUES.matcher(lines[line]);
			if (m.find()) {
				int excelRow = Integer.parseInt(m.group(2));
				for (RuleTable table : tables) {
					for (RuleRow row : table.rows()) {
						if (row.excelRow() == excelRow) {
							return row;
						}
					}
				}
				return null;
			}
		}
		return null;
	}

	private static RuleRow find(List<RuleTable> tables, String tableName, int excelRow) {
		for (RuleTable table : tables) {
			if (table.tableName().equals(tableName)) {
				for (RuleRow row : table.rows()) {
					if (row.excelRow() == excelRow) {
						return row;
					}
				}
			}
		}
		return null;
	}

	/**
	 * The column whose generated code the message quotes: the whole rendered constraint,
	 * else a property name of its template.
	 */
	private static RuleColumn columnOf(RuleRow row, String message) {
		String squeezed = message.replace(" ", "");
		for (RuleColumn column : row.table().columns()) {
			String value = row.cell(column);
			if (value != null && column.code() != null && column.isCondition()
					&& squeezed.contains(ColumnTemplate.render(column.code(), value).replace(" ", ""))) {
				return column;
			}
		}
		for (RuleColumn column : row.table().conditionColumns()) {
			String value = row.cell(column);
			if (value == null || column.code() == null) {
				continue;
			}
			Matcher identifiers = Pattern.compile("[a-z]\\w{3,}").matcher(ColumnTemplate.body(column.code()));
			while (identifiers.find()) {
				String identifier = identifiers.group();
				if (!List.of("forall", "contains", "true", "false", "param").contains(identifier)
						&& message.contains(identifier)) {
					return column;
				}
			}
		}
		return null;
	}

}
