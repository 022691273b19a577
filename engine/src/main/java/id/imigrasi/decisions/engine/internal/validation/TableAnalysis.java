package id.imigrasi.decisions.engine.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.CellRef;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.model.CaseFacts;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.PassportApplicationFacts;

/**
 * Overlapping, unreachable and missing rows within one table, found exactly by
 * enumerating the cases that matter ({@link CaseSpace}).
 */
final class TableAnalysis {

	/** A row as a conjunction of parsed conditions. */
	record AnalysedRow(RuleRow row, Outcome outcome, List<Expr> conditions, Set<String> dimensions) {

		LocalDate from() {
			LocalDate date = Cells.date(this.row.meta("validFrom"));
			return (date != null) ? date : LocalDate.MIN;
		}

		LocalDate to() {
			LocalDate date = Cells.date(this.row.meta("validTo"));
			return (date != null) ? date : LocalDate.MAX;
		}

		/** Whether some legal date has both rows in force (SPEC 2.4 item 4). */
		boolean inForceTogetherWith(AnalysedRow other) {
			return !from().isAfter(other.to()) && !other.from().isAfter(to());
		}

		/** Whether the other row is in force on every date this one is. */
		boolean inForceWhenever(AnalysedRow other) {
			return !from().isAfter(other.from()) && !to().isBefore(other.to());
		}

		boolean matches(CaseSpace.Case c) {
			return this.conditions.stream().allMatch((e) -> Expr.holds(e, c));
		}

		Set<String> properties() {
			Set<String> names = new TreeSet<>();
			this.dimensions.forEach((d) -> names.add(d.contains(":") ? d.substring(0, d.indexOf(':')) : d));
			return names;
		}

		String label() {
			String id = (this.row.ruleId() != null) ? this.row.ruleId() : "-";
			return this.row.excelRow() + " (" + id + ((this.outcome != null) ? ", " + this.outcome : "") + ")";
		}

	}

	private final RuleTable table;

	private final Problems problems;

	private final List<AnalysedRow> rows = new ArrayList<>();

	private final CaseSpace space;

	private TableAnalysis(RuleTable table, Problems problems, Map<String, Set<String>> listsOfCountry) {
		this.table = table;
		this.problems = problems;
		Map<String, FactCatalog.Property> properties = new HashMap<>();
		Set<Class<?>> types = new LinkedHashSet<>();
		for (RuleColumn column : table.conditionColumns()) {
			Class<?> type = FactCatalog.factType(column.patternType());
			if (type != null) {
				types.add(type);
				properties.putAll(FactCatalog.properties(type));
			}
		}
		boolean mixed = types.contains(CaseFacts.class) || types.size() > 1;
		Set<RuleColumn> reported = new LinkedHashSet<>();
		List<Expr> all = new ArrayList<>();
		for (RuleRow row : table.rows()) {
			List<Expr> conditions = new ArrayList<>();
			boolean analysable = true;
			Set<String> services = new TreeSet<>();
			for (RuleColumn column : table.conditionColumns()) {
				String value = row.cell(column);
				if (value == null) {
					continue;
				}
				Class<?> type = FactCatalog.factType(column.patternType());
				try {
					conditions.add(Conditions.parse(column, value));
				}
				catch (IllegalArgumentException ex) {
					analysable = false;
					CellRef cell = row.cellRef(column);
					if (!problems.hasErrorAt(cell) && reported.add(column)) {
						cannotAnalyse(cell, column, ex.getMessage());
					}
				}
				if (mixed && type == DepartureFacts.class) {
					services.add("DEPARTURE");
				}
				if (mixed && type == PassportApplicationFacts.class) {
					services.add("PASSPORT_APPLICATION");
				}
			}
			for (String service : services) {
				conditions.add(new Expr.Compare(new Expr.Property(CaseSpace.SERVICE), "==", new Expr.Literal(service)));
			}
			if (analysable) {
				Set<String> dimensions = new TreeSet<>();
				conditions.forEach((e) -> e.dimensions(dimensions));
				this.rows.add(new AnalysedRow(row, outcome(row), conditions, dimensions));
				all.addAll(conditions);
			}
		}
		this.space = new CaseSpace(properties, all, listsOfCountry);
	}

	/**
	 * The condition a cell becomes, or {@link IllegalArgumentException} if its template
	 * is of a shape the analysis does not know.
	 */
	/** Says so rather than guess. */
	private void cannotAnalyse(CellRef cell, RuleColumn column, String why) {
		this.problems.warning(ProblemCode.CANNOT_ANALYSE, cell,
				"Cannot analyse column " + column.letter() + " (" + column.captionEn() + "): " + why
						+ "; overlaps, unreachable rows and gaps are not checked for rows that use it.",
				"Kolom " + column.letter() + " (" + column.captionId()
						+ ") tidak dapat dianalisis: bentuk templat kodenya tidak dikenal oleh analisis"
						+ "; tumpang tindih, baris yang tak terjangkau dan celah tidak diperiksa untuk baris yang memakainya.");
	}

	static void analyse(RuleTable table, boolean complete, CellRef completeCell, Problems problems,
			Map<String, Set<String>> listsOfCountry) {
		TableAnalysis analysis = new TableAnalysis(table, problems, listsOfCountry);
		analysis.contradictions();
		if (!table.isReferralTable()) {
			analysis.overlaps();
			analysis.shadowed();
		}
		if (complete) {
			analysis.gaps(completeCell);
		}
	}

	private static Outcome outcome(RuleRow row) {
		String value = row.meta("outcome");
		try {
			return (value != null) ? Outcome.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void contradictions() {
		for (AnalysedRow row : this.rows) {
			try {
				if (this.space.find(row.dimensions(), row::matches) == null) {
					this.problems.warning(ProblemCode.UNREACHABLE, row.row().source(),
							"Row " + row.label() + " can never match: its conditions contradict each other.",
							"Baris " + row.label() + " tidak pernah cocok: syarat-syaratnya saling bertentangan.");
				}
			}
			catch (CaseSpace.TooLarge ex) {
				tooLarge(row.row().source(), ex);
			}
		}
	}

	/**
	 * Pairs of rows with different outcomes that one case can match. Rows on unrelated
	 * facts (a prevention-list match and a missing document) overlap by design, since all
	 * findings are collected and the most severe decides; only rows that read a common
	 * fact are reported, as they are the ones that may contradict each other.
	 */
	private void overlaps() {
		Set<String> reported = new LinkedHashSet<>();
		for (int i = 0; i < this.rows.size(); i++) {
			for (int j = i + 1; j < this.rows.size(); j++) {
				AnalysedRow a = this.rows.get(i);
				AnalysedRow b = this.rows.get(j);
				if (a.outcome() == null || b.outcome() == null || a.outcome() == b.outcome() || a.row().ruleId() == null
						|| a.row().ruleId().equals(b.row().ruleId()) || !a.inForceTogetherWith(b)) {
					continue;
				}
				Set<String> common = new TreeSet<>(a.properties());
				common.retainAll(b.properties());
				if (common.isEmpty() || !reported.add(a.row().ruleId() + "|" + b.row().ruleId())) {
					continue;
				}
				Set<String> dimensions = new TreeSet<>(a.dimensions());
				dimensions.addAll(b.dimensions());
				try {
					CaseSpace.Case witness = this.space.find(dimensions, (c) -> a.matches(c) && b.matches(c));
					if (witness == null) {
						reported.remove(a.row().ruleId() + "|" + b.row().ruleId());
						continue;
					}
					Outcome winner = (a.outcome().severity() >= b.outcome().severity()) ? a.outcome() : b.outcome();
					String example = CaseSpace.describe(witness);
					String exampleId = CaseSpace.describe(witness, true);
					this.problems.warning(ProblemCode.OVERLAP, b.row().source(),
							"Rows " + a.label() + " and " + b.label() + " both match one case, e.g. " + example + "; "
									+ winner + ", the more severe, becomes the recommendation.",
							"Baris " + a.label() + " dan " + b.label() + " sama-sama cocok untuk satu kasus, mis. "
									+ exampleId + "; " + winner + ", yang lebih berat, menjadi rekomendasi.");
				}
				catch (CaseSpace.TooLarge ex) {
					tooLarge(b.row().source(), ex);
				}
			}
		}
	}

	/**
	 * Rows whose outcome never becomes the recommendation, because every case they match
	 * is matched by a row with a more severe outcome.
	 */
	private void shadowed() {
		for (AnalysedRow row : this.rows) {
			if (row.outcome() == null) {
				continue;
			}
			List<AnalysedRow> stronger = new ArrayList<>();
			Set<String> dimensions = new TreeSet<>(row.dimensions());
			try {
				for (AnalysedRow other : this.rows) {
					if (other.outcome() != null && other.outcome().severity() > row.outcome().severity()
							&& other.inForceWhenever(row) && overlap(row, other)) {
						stronger.add(other);
						dimensions.addAll(other.dimensions());
					}
				}
			}
			catch (CaseSpace.TooLarge ex) {
				continue;
			}
			if (stronger.isEmpty()) {
				continue;
			}
			try {
				CaseSpace.Case escape = this.space.find(dimensions,
						(c) -> row.matches(c) && stronger.stream().noneMatch((s) -> s.matches(c)));
				if (escape == null) {
					// name only the rows needed to cover it
					for (AnalysedRow candidate : new ArrayList<>(stronger)) {
						List<AnalysedRow> without = new ArrayList<>(stronger);
						without.remove(candidate);
						if (this.space.find(dimensions,
								(c) -> row.matches(c) && without.stream().noneMatch((s) -> s.matches(c))) == null) {
							stronger.remove(candidate);
						}
					}
					List<String> ids = stronger.stream()
						.map((s) -> s.row().ruleId() + " (" + s.outcome() + ")")
						.distinct()
						.toList();
					this.problems.warning(ProblemCode.UNREACHABLE, row.row().source(),
							"Row " + row.label()
									+ " never decides the recommendation: every case it matches is also matched by "
									+ String.join(", ", ids) + ", with a more severe outcome.",
							"Baris " + row.label()
									+ " tidak pernah menentukan rekomendasi: setiap kasus yang cocok juga cocok dengan "
									+ String.join(", ", ids) + " yang rekomendasinya lebih berat.");
				}
			}
			catch (CaseSpace.TooLarge ex) {
				// Too many rows together to enumerate; the pairwise
				// checks above still ran.
			}
		}
	}

	private boolean overlap(AnalysedRow a, AnalysedRow b) {
		Set<String> dimensions = new TreeSet<>(a.dimensions());
		dimensions.addAll(b.dimensions());
		return this.space.find(dimensions, (c) -> a.matches(c) && b.matches(c)) != null;
	}

	/** For a table marked complete: cases that no row matches. */
	private void gaps(CellRef where) {
		if (this.rows.size() != this.table.rows().size()) {
			this.problems.warning(ProblemCode.GAP, where,
					"The table is marked complete, but some rows cannot be analysed, so gaps were not checked.",
					"Tabel ditandai lengkap, tetapi ada baris yang tidak dapat dianalisis, sehingga celah tidak diperiksa.");
			return;
		}
		Set<String> dimensions = new TreeSet<>();
		this.rows.forEach((r) -> dimensions.addAll(r.dimensions()));
		try {
			List<CaseSpace.Case> gaps = this.space.search(dimensions,
					(c) -> this.rows.stream().noneMatch((r) -> r.matches(c)), 3);
			for (CaseSpace.Case gap : gaps) {
				String example = CaseSpace.describe(gap);
				String exampleId = CaseSpace.describe(gap, true);
				this.problems.warning(ProblemCode.GAP, where,
						"The table " + this.table.tableName() + " is marked complete, but no row matches e.g. "
								+ example + ".",
						"Tabel " + this.table.tableName()
								+ " ditandai lengkap, tetapi tidak ada baris yang cocok untuk mis. " + exampleId + ".");
			}
		}
		catch (CaseSpace.TooLarge ex) {
			tooLarge(where, ex);
		}
	}

	private void tooLarge(CellRef where, CaseSpace.TooLarge ex) {
		this.problems.warning(ProblemCode.CANNOT_ANALYSE, where,
				"Too many combinations to analyse (" + ex.getMessage() + "); overlaps and gaps were not checked here.",
				"Terlalu banyak kombinasi untuk dianalisis (" + ex.getMessage().replace("cases", "kasus")
						+ "); tumpang tindih dan celah tidak diperiksa di sini.");
	}

}
