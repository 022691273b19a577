package id.imigrasi.decisions.engine.internal.validation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.model.RowMatch;

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

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w\"$])([a-z]\\w*)");

	private static final List<String> KEYWORDS = List.of("true", "false", "null", "contains", "not", "matches",
			"memberOf", "param", "in", "forall");

	private CompileCheck() {
	}

	static void check(String file, byte[] bytes, List<RuleTable> tables, Problems problems) {
		String drl;
		try {
			drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.XLS);
		}
		catch (RuntimeException ex) {
			problems.error(ProblemCode.COMPILE_ERROR, new CellRef(file, null, null),
					"Drools cannot read the rule tables of this workbook: " + ex.getMessage(),
					"Drools tidak dapat membaca tabel aturan buku kerja ini: " + ex.getMessage());
			return;
		}
		KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
		builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
		String[] drlLines = drl.split("\n", -1);
		Set<Integer> lines = new HashSet<>();
		for (KnowledgeBuilderError error : builder.getErrors()) {
			String text = error.getMessage().strip().replaceAll("\\s+", " ");
			RuleRow row = rowOf(error, drlLines, tables);
			if (row == null) {
				if (problems.all().stream().noneMatch((p) -> p.isError() && file.equals(p.file()))) {
					problems.error(ProblemCode.COMPILE_ERROR, new CellRef(file, null, null),
							"Drools cannot compile: " + text, "Drools tidak dapat mengompilasi: " + text);
				}
				continue;
			}
			// An error that names no rule, after one that did, is the
			// parser losing its way.
			boolean cascade = !lines.add(lineOf(error)) || (!RULE_NAME.matcher(error.getMessage()).find()
					&& problems.all().stream().anyMatch((p) -> p.isError() && file.equals(p.file())));
			if (cascade || hasErrorInRow(problems, row)) {
				// a check before said what is wrong in this row in plainer
				// words, or a cascade
				continue;
			}
			RuleColumn column = columnOf(row, text);
			String unknown = (column != null) ? unknownIdentifier(column) : null;
			RuleColumn unparsable = (column == null) ? unparsableColumn(row) : null;
			if (unparsable != null) {
				CellRef header = new CellRef(file, row.table().sheet(),
						unparsable.letter() + (row.table().headerRow() + 3));
				problems.error(ProblemCode.COMPILE_ERROR, header,
						"Drools cannot compile the code of column " + unparsable.letter() + " ("
								+ unparsable.captionEn() + "): " + text
								+ ". This row belongs to the engineers: ask one to correct it.",
						"Drools tidak dapat mengompilasi kode kolom " + unparsable.letter() + " ("
								+ unparsable.captionId() + "): " + text
								+ ". Baris ini bagian engineer: minta engineer memperbaikinya.");
				continue;
			}
			if (unknown != null) {
				// The template names something the fact model lacks: the header is at
				// fault, not the policy staff's cell.
				CellRef header = new CellRef(file, row.table().sheet(),
						column.letter() + (row.table().headerRow() + 3));
				problems.error(ProblemCode.COMPILE_ERROR, header,
						"Drools cannot compile the code of column " + column.letter() + " (" + column.captionEn()
								+ "): " + column.patternType() + " has no property '" + unknown
								+ "'. This row belongs to the engineers: ask one to correct it.",
						"Drools tidak dapat mengompilasi kode kolom " + column.letter() + " (" + column.captionId()
								+ "): " + column.patternType() + " tidak punya properti '" + unknown
								+ "'. Baris ini bagian engineer: minta engineer memperbaikinya.");
				continue;
			}
			CellRef cell = row.cellRef((column != null) ? column : row.table().ruleIdColumn());
			String what = (column != null) ? "the " + column.captionEn() + " cell of row " + StructureCheck.label(row)
					: "row " + StructureCheck.label(row);
			String whatId = (column != null) ? "sel " + column.captionId() + " baris " + StructureCheck.label(row)
					: "baris " + StructureCheck.label(row);
			problems.error(ProblemCode.COMPILE_ERROR, cell, "Drools cannot compile " + what + ": " + text + ".",
					"Drools tidak dapat mengompilasi " + whatId + ": " + text + ".");
		}
	}

	private static boolean hasErrorInRow(Problems problems, RuleRow row) {
		String prefix = row.table().file() + "!" + row.table().sheet() + "!";
		return problems.all()
			.stream()
			.anyMatch((p) -> p.isError() && p.location().startsWith(prefix) && p.cell() != null
					&& p.cell().replaceAll("[A-Z]", "").equals(String.valueOf(row.excelRow())));
	}

	private static int lineOf(KnowledgeBuilderError error) {
		int[] at = error.getLines();
		return (at != null && at.length > 0) ? at[0] : -1;
	}

	/**
	 * A filled condition column whose template, with this row's value, is not a
	 * constraint at all: its code row is broken.
	 */
	private static RuleColumn unparsableColumn(RuleRow row) {
		for (RuleColumn column : row.table().conditionColumns()) {
			String value = row.cell(column);
			Class<?> type = FactCatalog.factType(column.patternType());
			if (value == null || column.code() == null || type == null) {
				continue;
			}
			try {
				ConditionParser.parse(ColumnTemplate.render(column.code(), value), FactCatalog.properties(type),
						type == RowMatch.class);
			}
			catch (IllegalArgumentException ex) {
				if (unknownIdentifier(column) == null) {
					return column;
				}
			}
		}
		return null;
	}

	/**
	 * A name in the column's template that is neither a property of its fact type nor
	 * part of the template language, or null.
	 */
	private static String unknownIdentifier(RuleColumn column) {
		Class<?> type = FactCatalog.factType(column.patternType());
		if (type == null || type == RowMatch.class) {
			return null;
		}
		Matcher identifiers = IDENTIFIER.matcher(ColumnTemplate.body(column.code()));
		while (identifiers.find()) {
			String identifier = identifiers.group(1);
			if (!KEYWORDS.contains(identifier) && !FactCatalog.properties(type).containsKey(identifier)) {
				return identifier;
			}
		}
		return null;
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
