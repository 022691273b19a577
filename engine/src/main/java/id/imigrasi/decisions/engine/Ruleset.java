package id.imigrasi.decisions.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

import id.imigrasi.decisions.engine.internal.CompiledRow;
import id.imigrasi.decisions.engine.internal.KieCompiler;
import id.imigrasi.decisions.engine.tables.ReferenceLists;
import id.imigrasi.decisions.engine.tables.RuleRow;
import id.imigrasi.decisions.engine.tables.RuleTable;
import id.imigrasi.decisions.engine.tables.WorkbookReader;
import id.imigrasi.decisions.engine.validation.ValidationReport;
import id.imigrasi.decisions.engine.validation.WorkbookValidator;

/**
 * A complete set of decision tables, compiled and read: the KieBase that finds matching
 * rows, the rows as policy staff wrote them, and the dated lists. Immutable and shared by
 * every evaluation; a new version is a new {@code Ruleset}.
 */
public final class Ruleset {

	private final RulesetInfo info;

	private final KieBase kieBase;

	private final List<RuleTable> tables;

	private final Map<String, CompiledRow> rowsByRuleName;

	private final ReferenceLists lists;

	private final Map<String, byte[]> workbooks;

	private Ruleset(RulesetInfo info, KieBase kieBase, List<RuleTable> tables, Map<String, CompiledRow> rows,
			ReferenceLists lists, Map<String, byte[]> workbooks) {
		this.info = info;
		this.kieBase = kieBase;
		this.tables = List.copyOf(tables);
		this.rowsByRuleName = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
		this.lists = lists;
		this.workbooks = Collections.unmodifiableMap(workbooks);
	}

	/** The ruleset built into the KJAR at build time (the embedded default). */
	public static Ruleset embedded() throws RulesetException {
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

	/**
	 * Compiles a complete set of workbooks (the three rule tables and lists.xlsx) into a
	 * new ruleset. Nothing is shared with the running one, so a failure leaves it
	 * untouched.
	 */
	public static Ruleset compile(String version, Map<String, byte[]> workbooks) throws RulesetException {
		// Refuse with the validator's cell-by-cell messages first: Drools would miss a
		// typo
		// (a condition that never matches) or report it as generated code.
		ValidationReport checked = WorkbookValidator.checkWithoutCompiling(workbooks);
		if (checked.hasErrors()) {
			throw new RulesetException(errorsOf(checked));
		}
		List<RulesetProblem> problems = new ArrayList<>();
		Map<String, byte[]> ruleWorkbooks = new TreeMap<>();
		workbooks.forEach((name, bytes) -> {
			if (WorkbookReader.isRuleWorkbook(name)) {
				ruleWorkbooks.put(name, bytes);
			}
		});
		KieBase kieBase = KieCompiler.compile(ruleWorkbooks, problems);
		if (kieBase == null) {
			// Drools' own messages name generated code; the validator maps them to cells.
			List<RulesetProblem> located = errorsOf(WorkbookValidator.validate(workbooks, null));
			throw new RulesetException(located.isEmpty() ? problems : located);
		}
		return assemble(version, new TreeMap<>(workbooks), kieBase);
	}

	private static List<RulesetProblem> errorsOf(ValidationReport report) {
		return report.asRulesetProblems()
			.stream()
			.filter((p) -> p.severity() == RulesetProblem.Severity.ERROR)
			.toList();
	}

	private static Ruleset assemble(String version, Map<String, byte[]> workbooks, KieBase kieBase)
			throws RulesetException {
		List<RulesetProblem> problems = new ArrayList<>();
		List<RuleTable> tables = new ArrayList<>();
		ReferenceLists lists = null;
		for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
			String name = workbook.getKey();
			try {
				if (name.equals(ReferenceLists.FILE)) {
					lists = ReferenceLists.read(name, workbook.getValue());
				}
				else if (WorkbookReader.isRuleWorkbook(name)) {
					List<RuleTable> read = WorkbookReader.readRuleTables(name, workbook.getValue());
					if (read.stream().allMatch((t) -> t.rows().isEmpty())) {
						problems.add(RulesetProblem.error("NO_RULES", name, "The workbook has no rule rows."));
					}
					tables.addAll(read);
				}
				else {
					problems.add(RulesetProblem.error("IGNORED_WORKBOOK", name,
							"Drools ignores this file: a rule table must be named *.drl.xlsx, the lists lists.xlsx."));
				}
			}
			catch (IOException ex) {
				problems.add(RulesetProblem.error("UNREADABLE_WORKBOOK", name, ex.getMessage()));
			}
		}
		if (lists == null) {
			problems.add(RulesetProblem.error("MISSING_WORKBOOK", ReferenceLists.FILE,
					"The ruleset has no " + ReferenceLists.FILE + " (country lists, dated citations, agencies)."));
		}
		Map<String, CompiledRow> rows = new LinkedHashMap<>();
		int order = 0;
		for (RuleTable table : tables) {
			for (RuleRow row : table.rows()) {
				rows.put(row.ruleName(), CompiledRow.of(row, order++, problems));
			}
		}
		checkEveryRowCompiled(kieBase, tables, rows, problems);
		if (problems.stream().anyMatch((p) -> p.severity() == RulesetProblem.Severity.ERROR)) {
			throw new RulesetException(problems);
		}
		RulesetInfo info = new RulesetInfo(version, sha256(workbooks),
				tables.stream()
					.map((t) -> new RulesetInfo.Table(t.file(), t.sheet(), t.tableName(), t.rows().size()))
					.toList());
		return new Ruleset(info, kieBase, tables, rows, lists, workbooks);
	}

	/**
	 * The rows policy staff see and the rules Drools compiled must be the same set: a
	 * table Drools skipped (pitfall: wrong file name) or a row it dropped would otherwise
	 * vanish without a word.
	 */
	private static void checkEveryRowCompiled(KieBase kieBase, List<RuleTable> tables, Map<String, CompiledRow> rows,
			List<RulesetProblem> problems) {
		Set<String> compiled = new TreeSet<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				compiled.add(rule.getName());
			}
		}
		for (RuleTable table : tables) {
			for (RuleRow row : table.rows()) {
				if (!compiled.contains(row.ruleName())) {
					problems.add(RulesetProblem.error("ROW_NOT_COMPILED", row.source().toString(),
							"Drools produced no rule for this row (" + row.ruleName() + ")."));
				}
			}
		}
		for (String name : compiled) {
			if (!rows.containsKey(name)) {
				problems.add(RulesetProblem.error("RULE_WITHOUT_ROW", name,
						"Drools compiled a rule that no table row explains: " + name + "."));
			}
		}
	}

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

	public RulesetInfo info() {
		return this.info;
	}

	public List<RuleTable> tables() {
		return this.tables;
	}

	public ReferenceLists lists() {
		return this.lists;
	}

	/** Every row, keyed by its Drools rule name, in workbook order. */
	public Map<String, CompiledRow> rows() {
		return this.rowsByRuleName;
	}

	/** The workbooks this ruleset was built from, by file name. */
	public Map<String, byte[]> workbooks() {
		Map<String, byte[]> copy = new HashMap<>();
		this.workbooks.forEach((name, bytes) -> copy.put(name, bytes.clone()));
		return copy;
	}

	KieBase kieBase() {
		return this.kieBase;
	}

}
