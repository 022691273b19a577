package id.imigrasi.decisions.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;
import id.imigrasi.decisions.engine.internal.validation.WorkbookValidator;

/**
 * Builds a {@link CompiledRuleset}: from the KJAR on the class path (the embedded
 * default, validated by the build) or from uploaded workbooks (validated here first, then
 * compiled with Drools).
 */
final class RulesetBuilder {

	private RulesetBuilder() {
	}

	static CompiledRuleset embedded() throws RulesetException {
		KieContainerImpl container = (KieContainerImpl) KieServices.Factory.get().getKieClasspathContainer();
		InternalKieModule module = (InternalKieModule) container.getKieModuleForKBase(KieCompiler.KBASE);
		Map<String, byte[]> workbooks = new TreeMap<>();
		for (String name : module.getFileNames()) {
			if (name.startsWith(KieCompiler.RULES_PATH) && name.endsWith(".xlsx")) {
				workbooks.put(name.substring(KieCompiler.RULES_PATH.length()), module.getBytes(name));
			}
		}
		String version = "builtin-" + module.getReleaseId().getVersion();
		return assemble(version, workbooks, container.getKieBase(KieCompiler.KBASE));
	}

	static CompiledRuleset compile(String version, Map<String, byte[]> workbooks) throws RulesetException {
		// Refuse with the validator's cell-by-cell messages first: Drools would miss a
		// typo (a condition that never matches) or report it as generated code.
		ValidationReport checked = WorkbookValidator.checkWithoutCompiling(workbooks);
		if (checked.hasErrors()) {
			throw new RulesetException(checked.errors());
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, byte[]> ruleWorkbooks = new TreeMap<>();
		workbooks.forEach((name, bytes) -> {
			if (WorkbookReader.isRuleWorkbook(name)) {
				ruleWorkbooks.put(name, bytes);
			}
		});
		KieBase kieBase = KieCompiler.compile(ruleWorkbooks, problems);
		if (kieBase == null) {
			// Drools' own messages name generated code; the validator maps them to cells.
			List<Problem> located = WorkbookValidator.validate(workbooks, null).errors();
			throw new RulesetException(located.isEmpty() ? problems : located);
		}
		return assemble(version, new TreeMap<>(workbooks), kieBase);
	}

	private static CompiledRuleset assemble(String version, Map<String, byte[]> workbooks, KieBase kieBase)
			throws RulesetException {
		List<RuleTable> tables = new ArrayList<>();
		ReferenceLists lists = null;
		try {
			for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
				String name = workbook.getKey();
				if (name.equals(ReferenceLists.FILE)) {
					lists = ReferenceLists.read(name, workbook.getValue());
				}
				else if (WorkbookReader.isRuleWorkbook(name)) {
					tables.addAll(WorkbookReader.readRuleTables(name, workbook.getValue()));
				}
			}
		}
		catch (IOException ex) {
			// The validator or the build read the same bytes before.
			throw new UncheckedIOException(ex);
		}
		if (lists == null) {
			throw new IllegalStateException("The ruleset " + version + " has no " + ReferenceLists.FILE);
		}
		Map<String, CompiledRow> rows = new LinkedHashMap<>();
		int order = 0;
		for (RuleTable table : tables) {
			for (RuleRow row : table.rows()) {
				rows.put(row.ruleName(), CompiledRow.of(row, order++));
			}
		}
		List<Problem> problems = checkEveryRowCompiled(kieBase, tables, rows);
		if (!problems.isEmpty()) {
			throw new RulesetException(problems);
		}
		RulesetInfo info = new RulesetInfo(version, sha256(workbooks),
				tables.stream()
					.map((t) -> new RulesetInfo.Table(t.file(), t.sheet(), t.tableName(), t.rows().size()))
					.toList(),
				rows.values().stream().map(CompiledRow::describe).toList());
		return new CompiledRuleset(info, kieBase, rows, lists, workbooks);
	}

	/**
	 * The rows policy staff see and the rules Drools compiled must be the same set: a
	 * table Drools skipped (pitfall: wrong file name) or a row it dropped would otherwise
	 * vanish without a word.
	 */
	private static List<Problem> checkEveryRowCompiled(KieBase kieBase, List<RuleTable> tables,
			Map<String, CompiledRow> rows) {
		List<Problem> problems = new ArrayList<>();
		Set<String> compiled = new TreeSet<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				compiled.add(rule.getName());
			}
		}
		for (RuleTable table : tables) {
			for (RuleRow row : table.rows()) {
				if (!compiled.contains(row.ruleName())) {
					problems.add(Problem.error(ProblemCode.ROW_NOT_COMPILED, row.source().toString(),
							"Drools produced no rule for this row (" + row.ruleName() + ").",
							"Drools tidak menghasilkan aturan untuk baris ini (" + row.ruleName() + ")."));
				}
			}
		}
		for (String name : compiled) {
			if (!rows.containsKey(name)) {
				problems.add(Problem.error(ProblemCode.RULE_WITHOUT_ROW, name,
						"Drools compiled a rule that no table row explains: " + name + ".",
						"Drools mengompilasi aturan yang tidak dijelaskan baris tabel mana pun: " + name + "."));
			}
		}
		return problems;
	}

	/** SHA-256 over the workbooks' names and bytes, in name order. */
	static String sha256(Map<String, byte[]> workbooks) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, byte[]> workbook : new TreeMap<>(workbooks).entrySet()) {
				digest.update(workbook.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(workbook.getValue());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
