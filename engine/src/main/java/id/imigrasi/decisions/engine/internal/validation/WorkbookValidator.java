package id.imigrasi.decisions.engine.internal.validation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Nearest;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;

/**
 * Validates a complete set of decision-table workbooks and reports every problem at once,
 * each at its cell ({@link id.imigrasi.decisions.engine.Validator} is the public way in).
 * Overlaps, unreachable rows and gaps come from an exact enumeration of the cases that
 * matter ({@link CaseSpace}).
 */
public final class WorkbookValidator {

	private WorkbookValidator() {
	}

	/**
	 * Every check: structure, values, Drools compile errors, non-discrimination, overlap,
	 * reachability, gaps and, if scenario results are given, coverage.
	 * @param workbooks file name to bytes: the rule tables ({@code *.drl.xlsx}) and
	 * {@code lists.xlsx}
	 * @param ruleIdsReachedByScenarios the rule IDs the scenarios of
	 * {@code test-scenarios/} reach; {@code null} skips the coverage check
	 */
	public static ValidationReport validate(Map<String, byte[]> workbooks, Set<String> ruleIdsReachedByScenarios) {
		return run(workbooks, ruleIdsReachedByScenarios, true, true);
	}

	/**
	 * The checks that need neither Drools nor the analysis, for callers that compile
	 * anyway: what makes a ruleset unusable, in the same words as {@link #validate}.
	 */
	public static ValidationReport checkWithoutCompiling(Map<String, byte[]> workbooks) {
		return run(workbooks, null, false, false);
	}

	static ValidationReport run(Map<String, byte[]> workbooks, Set<String> reached, boolean compile, boolean analyse) {
		return run(workbooks, reached, compile, analyse, LocalDate.now(DecisionEngine.JAKARTA));
	}

	/**
	 * The same, with the day review-by dates are checked against (Asia/Jakarta).
	 */
	static ValidationReport run(Map<String, byte[]> workbooks, Set<String> reached, boolean compile, boolean analyse,
			LocalDate today) {
		Problems problems = new Problems();
		ReferenceLists lists = readLists(workbooks, problems);
		boolean complete = true;
		Map<String, List<RuleTable>> tablesByFile = new TreeMap<>();
		Map<RuleTable, Sheet> sheets = new LinkedHashMap<>();
		List<Workbook> open = new ArrayList<>();
		Set<String> unsafe = new TreeSet<>();
		try {
			for (Map.Entry<String, byte[]> entry : new TreeMap<>(workbooks).entrySet()) {
				String file = entry.getKey();
				if (file.equals(ReferenceLists.FILE)) {
					continue;
				}
				if (!WorkbookReader.isRuleWorkbook(file)) {
					problems.error(ProblemCode.IGNORED_WORKBOOK, new CellRef(file, null, null),
							"Drools ignores this file: a rule table must be named *.drl.xlsx, the lists lists.xlsx.",
							"Drools mengabaikan berkas ini: tabel aturan harus bernama *.drl.xlsx, daftar lists.xlsx.");
					continue;
				}
				try {
					Workbook workbook = WorkbookReader.open(file, entry.getValue());
					open.add(workbook);
					// Before anything reads the rows or compiles: formulas, Drools
					// keywords
					// outside the header, the header against its declaration, and what
					// Drools reads against what the sheet shows.
					int before = problems.errorCount();
					boolean formulas = FormulaCheck.check(file, workbook, problems);
					KeywordCheck.check(file, workbook, problems);
					boolean laidOut = LayoutCheck.check(file, workbook, problems);
					if (!formulas && laidOut) {
						DroolsReadCheck.check(file, entry.getValue(), workbook, problems);
					}
					if (problems.errorCount() > before) {
						unsafe.add(file);
					}
					if (!laidOut) {
						complete = false;
						continue;
					}
					List<RuleTable> tables = WorkbookReader.readRuleTables(file, entry.getValue());
					tables.forEach((t) -> sheets.put(t, workbook.getSheet(t.sheet())));
					tablesByFile.put(file, tables);
					if (tables.isEmpty()) {
						problems.error(ProblemCode.NO_RULES, new CellRef(file, null, null),
								"The workbook has no rule table (no RuleTable cell).",
								"Buku kerja ini tidak punya tabel aturan (tidak ada sel RuleTable).");
					}
				}
				catch (IOException ex) {
					complete = false;
					problems.error(ProblemCode.UNREADABLE_WORKBOOK, new CellRef(file, null, null), ex.getMessage(),
							"Berkas ini tidak dapat dibaca sebagai buku kerja Excel (.xlsx).");
				}
			}
			for (String declared : TableLayouts.files()) {
				if (!workbooks.containsKey(declared)) {
					complete = false;
					problems.error(ProblemCode.MISSING_WORKBOOK, new CellRef(declared, null, null),
							"The ruleset has no " + declared + "; a ruleset is the complete set of workbooks.",
							"Ruleset tidak punya " + declared + "; sebuah ruleset adalah seluruh buku kerja.");
				}
			}
			List<RuleTable> tables = tablesByFile.values().stream().flatMap(List::stream).toList();
			Set<String> ruleIds = new TreeSet<>();
			tables.forEach((t) -> t.rows().forEach((r) -> {
				if (r.ruleId() != null) {
					ruleIds.add(r.ruleId());
				}
			}));
			Set<String> listCodes = (lists != null) ? lists.listCodes() : null;
			Set<String> citationKeys = (lists != null) ? lists.citationKeys() : null;
			checkDuplicateIds(tables, problems);
			for (RuleTable table : tables) {
				CellTypeCheck.check(table, problems);
				StructureCheck.check(table, sheets.get(table), problems);
				ValueCheck.check(table, listCodes, citationKeys, complete ? ruleIds : null, problems);
				DiscriminationCheck.check(table, problems);
				CitizenTextCheck.check(table, problems);
				ReviewDateCheck.check(table, today, problems);
			}
			if (lists != null) {
				CitationCoverageCheck.check(tables, lists, problems);
			}
			if (compile) {
				// A workbook whose header, keywords, formulas or cells are not safe is
				// never
				// handed to Drools, not even to locate errors.
				tablesByFile.forEach((file, fileTables) -> {
					if (!unsafe.contains(file) && !hasUnsafeCell(file, problems)) {
						CompileCheck.check(file, workbooks.get(file), fileTables, problems);
					}
				});
			}
			if (analyse) {
				Map<String, Set<String>> listsOfCountry = listsOfCountry(lists);
				for (RuleTable table : tables) {
					CellRef marker = completeMarker(table, sheets.get(table));
					TableAnalysis.analyse(table, marker != null,
							(marker != null) ? marker : StructureCheck.tableCell(table), problems, listsOfCountry);
				}
			}
			if (reached != null) {
				checkCoverage(tables, reached, problems);
			}
		}
		finally {
			for (Workbook workbook : open) {
				try {
					workbook.close();
				}
				catch (IOException ex) {
					// read from bytes: nothing to release
				}
			}
		}
		List<Problem> sorted = new ArrayList<>(problems.all());
		sorted.sort(Comparator.comparing(Problem::severity)
			.thenComparing((p) -> Objects.toString(p.file(), ""))
			.thenComparing((p) -> Objects.toString(p.sheet(), ""))
			.thenComparing((p) -> CellOrder.key(p.cell())));
		return new ValidationReport(sorted, List.of());
	}

	/** Whether a cell of the file was refused as unsafe to put into code. */
	private static boolean hasUnsafeCell(String file, Problems problems) {
		return problems.all()
			.stream()
			.anyMatch((p) -> p.isError() && file.equals(p.file()) && p.code() == ProblemCode.UNSAFE_CHARACTER);
	}

	private static ReferenceLists readLists(Map<String, byte[]> workbooks, Problems problems) {
		byte[] bytes = workbooks.get(ReferenceLists.FILE);
		if (bytes == null) {
			problems.error(ProblemCode.MISSING_WORKBOOK, new CellRef(ReferenceLists.FILE, null, null),
					"The ruleset has no " + ReferenceLists.FILE + " (country lists, dated citations, agencies).",
					"Ruleset tidak punya " + ReferenceLists.FILE + " (daftar negara, rujukan bertanggal, instansi).");
			return null;
		}
		try {
			try (Workbook workbook = WorkbookReader.open(ReferenceLists.FILE, bytes)) {
				FormulaCheck.check(ReferenceLists.FILE, workbook, problems);
			}
			ReferenceLists lists = ReferenceLists.read(ReferenceLists.FILE, bytes);
			for (String sheet : lists.missingSheets()) {
				problems.error(ProblemCode.MISSING_SHEET, new CellRef(ReferenceLists.FILE, sheet, null),
						ReferenceLists.FILE + " has no sheet '" + sheet + "'.",
						ReferenceLists.FILE + " tidak punya sheet '" + sheet + "'.");
			}
			for (String sheet : lists.missingOptionalSheets()) {
				problems.warning(ProblemCode.MISSING_SHEET, new CellRef(ReferenceLists.FILE, sheet, null),
						ReferenceLists.FILE + " has no sheet '" + sheet
								+ "': no checkpoint counts as a land-border post, so a Pas Lintas Batas is never a valid exit document.",
						ReferenceLists.FILE + " tidak punya sheet '" + sheet
								+ "': tidak ada tempat pemeriksaan yang dianggap pos lintas batas darat, sehingga Pas Lintas Batas tidak pernah sah untuk keluar.");
			}
			for (ReferenceLists.Unreadable bad : lists.unreadable()) {
				problems.error(ProblemCode.NOT_A_DATE, bad.cell(), "'" + bad.value() + "' is " + bad.problem() + ".",
						"'" + bad.value() + "' bukan tanggal; tulis sebagai YYYY-MM-DD.");
			}
			for (ReferenceLists.CountryEntry entry : lists.countries()) {
				if (entry.country() != null && !Domain.COUNTRIES.contains(entry.country())) {
					String nearest = Nearest.country(entry.country(), Domain.COUNTRIES);
					CellRef cell = new CellRef(ReferenceLists.FILE, ReferenceLists.COUNTRIES_SHEET,
							"B" + entry.source().cell().substring(1));
					problems.error(ProblemCode.UNKNOWN_VALUE, cell,
							"'" + entry.country() + "' is not an ISO 3166-1 alpha-2 country code"
									+ ((nearest != null) ? "; did you mean '" + nearest + "'?" : "."),
							"'" + entry.country() + "' bukan kode negara ISO 3166-1 alpha-2"
									+ ((nearest != null) ? "; maksudnya '" + nearest + "'?" : "."));
				}
			}
			for (ReferenceLists.BorderPost post : lists.borderPosts()) {
				if (post.neighbour() != null && !Domain.COUNTRIES.contains(post.neighbour())) {
					String nearest = Nearest.country(post.neighbour(), Domain.COUNTRIES);
					problems.error(ProblemCode.UNKNOWN_VALUE, post.source(),
							"The neighbour country '" + post.neighbour() + "' of post " + post.code()
									+ " is not an ISO 3166-1 alpha-2 country code"
									+ ((nearest != null) ? "; did you mean '" + nearest + "'?" : "."),
							"Negara tetangga '" + post.neighbour() + "' pada pos " + post.code()
									+ " bukan kode negara ISO 3166-1 alpha-2"
									+ ((nearest != null) ? "; maksudnya '" + nearest + "'?" : "."));
				}
				if (post.code() == null || post.neighbour() == null) {
					problems.error(ProblemCode.MISSING_CELL, post.source(),
							"A land-border post needs its checkpoint code and its neighbour country.",
							"Pos lintas batas wajib punya kode tempat pemeriksaan dan negara tetangganya.");
				}
			}
			checkDatedOverlaps("land-border post", "pos lintas batas",
					lists.borderPosts().stream().map((p) -> new Dated(p.code(), p.from(), p.to(), p.source())).toList(),
					problems);
			checkDatedOverlaps("citation key", "kunci rujukan",
					lists.citations().stream().map((c) -> new Dated(c.key(), c.from(), c.to(), c.source())).toList(),
					problems);
			checkDatedOverlaps("agency", "instansi",
					lists.agencies().stream().map((a) -> new Dated(a.code(), a.from(), a.to(), a.source())).toList(),
					problems);
			return lists;
		}
		catch (IOException ex) {
			problems.error(ProblemCode.UNREADABLE_WORKBOOK, new CellRef(ReferenceLists.FILE, null, null),
					ex.getMessage(), "Berkas ini tidak dapat dibaca sebagai buku kerja Excel (.xlsx).");
			return null;
		}
	}

	private record Dated(String key, LocalDate from, LocalDate to, CellRef source) {

		LocalDate start() {
			return (this.from != null) ? this.from : LocalDate.MIN;
		}

	}

	/**
	 * One key has one text on any date: the engine picks "the" row in force, so two would
	 * make the citation depend on row order.
	 */
	private static void checkDatedOverlaps(String what, String whatId, List<Dated> entries, Problems problems) {
		Map<String, List<Dated>> byKey = new TreeMap<>();
		entries.stream()
			.filter((e) -> e.key() != null)
			.forEach((e) -> byKey.computeIfAbsent(e.key(), (k) -> new ArrayList<>()).add(e));
		for (List<Dated> dated : byKey.values()) {
			List<Dated> sorted = new ArrayList<>(dated);
			sorted.sort(java.util.Comparator.comparing(Dated::start));
			for (int i = 1; i < sorted.size(); i++) {
				Dated before = sorted.get(i - 1);
				Dated after = sorted.get(i);
				if (before.to() == null || !before.to().isBefore(after.start())) {
					LocalDate day = after.start().equals(LocalDate.MIN) ? before.start() : after.start();
					String on = day.equals(LocalDate.MIN) ? "at the same time" : "on " + day;
					problems.error(ProblemCode.OVERLAPPING_DATES, after.source(),
							"The " + what + " " + after.key() + " has two entries in force " + on + " (rows "
									+ before.source().cell().substring(1) + " and " + after.source().cell().substring(1)
									+ "); end the earlier one (Valid to) the day before the next begins.",
							"Entri " + whatId + " " + after.key() + " ada dua yang berlaku "
									+ (day.equals(LocalDate.MIN) ? "bersamaan" : "pada " + day) + " (baris "
									+ before.source().cell().substring(1) + " dan " + after.source().cell().substring(1)
									+ "); isi Berlaku sampai entri lama sehari sebelum yang baru mulai.");
				}
			}
		}
	}

	/**
	 * A rule ID names one rule across all workbooks; only consecutive rows of one table
	 * may share it, as alternatives.
	 */
	private static void checkDuplicateIds(List<RuleTable> tables, Problems problems) {
		Map<String, RuleRow> first = new HashMap<>();
		for (RuleTable table : tables) {
			RuleRow previous = null;
			for (RuleRow row : table.rows()) {
				String id = row.ruleId();
				if (id != null) {
					RuleRow earlier = first.putIfAbsent(id, row);
					boolean alternative = previous != null && id.equals(previous.ruleId());
					if (earlier != null && !alternative) {
						problems.error(ProblemCode.DUPLICATE_RULE_ID, row.source(), "Rule ID " + id
								+ " is already used at " + earlier.source()
								+ "; each rule needs its own ID (rows sharing an ID must follow each other as alternatives).",
								"ID aturan " + id + " sudah dipakai di " + earlier.source()
										+ "; setiap aturan perlu ID sendiri (baris dengan ID sama harus berurutan sebagai alternatif).");
					}
				}
				previous = row;
			}
		}
	}

	private static void checkCoverage(List<RuleTable> tables, Set<String> reached, Problems problems) {
		Set<String> reported = new TreeSet<>();
		for (RuleTable table : tables) {
			for (RuleRow row : table.rows()) {
				String id = row.ruleId();
				if (id != null && !reached.contains(id) && reported.add(id)) {
					problems.warning(ProblemCode.NOT_COVERED, row.source(),
							"No scenario in test-scenarios/ reaches rule " + id + " (row " + row.excelRow()
									+ "); add one so trainers and the build see it work.",
							"Tidak ada skenario di test-scenarios/ yang mencapai aturan " + id + " (baris "
									+ row.excelRow() + "); tambahkan satu.");
				}
			}
		}
	}

	/**
	 * A table is complete, so every case must match some row, when a cell above it reads
	 * {@code Complete} with {@code true} to its right (beside {@code RuleSet}).
	 */
	static CellRef completeMarker(RuleTable table, Sheet sheet) {
		if (sheet == null) {
			return null;
		}
		for (Row row : sheet) {
			if (row.getRowNum() >= table.headerRow() - 1) {
				break;
			}
			for (Cell cell : row) {
				if ("complete".equalsIgnoreCase(Cells.text(cell))
						&& "true".equalsIgnoreCase(Cells.text(row.getCell(cell.getColumnIndex() + 1)))) {
					return new CellRef(table.file(), table.sheet(),
							Cells.address(row.getRowNum(), cell.getColumnIndex()));
				}
			}
		}
		return null;
	}

	private static Map<String, Set<String>> listsOfCountry(ReferenceLists lists) {
		Map<String, Set<String>> map = new HashMap<>();
		if (lists != null) {
			lists.countries().forEach((c) -> map.computeIfAbsent(c.country(), (k) -> new TreeSet<>()).add(c.list()));
		}
		return map;
	}

}
