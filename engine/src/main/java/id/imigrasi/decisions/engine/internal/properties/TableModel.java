package id.imigrasi.decisions.engine.internal.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;
import id.imigrasi.decisions.engine.internal.tables.WorkbookReader;
import id.imigrasi.decisions.engine.internal.validation.Conditions;
import id.imigrasi.decisions.engine.internal.validation.Expr;
import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.PassportApplicationFacts;
import id.imigrasi.decisions.model.Urgency;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * The rows of a ruleset as the property checker sees them: each row's conditions in the
 * analysis' {@link Expr} model, its outcome or referral, its dates and legal basis, and
 * the dated lists. Read from the same workbook bytes the ruleset was compiled from.
 */
final class TableModel {

	/** One row of a rule table. */
	record Row(RuleRow row, int index, String ruleId, boolean referral, Outcome outcome, Agency agency, Urgency urgency,
			LocalDate from, LocalDate to, List<String> legalBasis, List<Expr> conditions, DecisionService onlyFor,
			boolean neverApplies, String cannotModel) {

		boolean appliesOn(LocalDate date) {
			return (this.from == null || !date.isBefore(this.from)) && (this.to == null || !date.isAfter(this.to));
		}

		/** Whether a case of the service can fire the row at all. */
		boolean readsService(DecisionService service) {
			if (this.neverApplies) {
				return false;
			}
			if (!this.referral) {
				return this.outcome != null && this.outcome.service() == service;
			}
			return this.onlyFor == null || this.onlyFor == service;
		}

		String source() {
			return this.row.source().toString();
		}

		/**
		 * The row's legal-basis cell, e.g. {@code departure.drl.xlsx!Keberangkatan!Z15}.
		 */
		String legalBasisCell() {
			return this.row.cellRef(this.row.table().metaColumn("legalBasis")).toString();
		}

		String label() {
			return this.ruleId + " (" + this.row.source().cell() + ")";
		}

		/** The instrument of a plain citation, as {@link Citation#of} finds it. */
		static String instrumentOf(String citation) {
			return Citation.of(citation).instrument();
		}

	}

	private final List<Row> rows;

	private final ReferenceLists lists;

	private TableModel(List<Row> rows, ReferenceLists lists) {
		this.rows = List.copyOf(rows);
		this.lists = lists;
	}

	static TableModel of(Map<String, byte[]> workbooks) {
		ReferenceLists lists = null;
		List<RuleTable> tables = new ArrayList<>();
		try {
			for (Map.Entry<String, byte[]> workbook : new TreeMap<>(workbooks).entrySet()) {
				if (workbook.getKey().equals(ReferenceLists.FILE)) {
					lists = ReferenceLists.read(ReferenceLists.FILE, workbook.getValue());
				}
				else if (WorkbookReader.isRuleWorkbook(workbook.getKey())) {
					tables.addAll(WorkbookReader.readRuleTables(workbook.getKey(), workbook.getValue()));
				}
			}
		}
		catch (IOException ex) {
			// a compiled ruleset was read from these bytes before
			throw new UncheckedIOException(ex);
		}
		List<Row> rows = new ArrayList<>();
		for (RuleTable table : tables) {
			for (RuleRow row : table.rows()) {
				rows.add(row(row, rows.size()));
			}
		}
		return new TableModel(rows, lists);
	}

	private static Row row(RuleRow row, int index) {
		boolean referral = row.table().isReferralTable();
		Outcome outcome = referral ? Outcome.REFER : Outcome.valueOf(row.meta("outcome"));
		Agency agency = referral ? Agency.valueOf(row.meta("agency")) : null;
		Urgency urgency = referral ? Urgency.valueOf(row.meta("urgency")) : null;
		String basis = row.meta("legalBasis");
		List<String> citations = (basis != null)
				? Arrays.stream(basis.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList() : List.of();
		List<Expr> conditions = List.of();
		String cannotModel = null;
		try {
			conditions = Conditions.of(row);
		}
		catch (IllegalArgumentException ex) {
			cannotModel = ex.getMessage();
		}
		// A condition on one service's facts keeps the row to that service's cases.
		TreeSet<String> services = new TreeSet<>();
		for (RuleColumn column : row.table().conditionColumns()) {
			if (row.cell(column) == null) {
				continue;
			}
			Class<?> type = Conditions.factType(column);
			if (type == DepartureFacts.class) {
				services.add(DecisionService.DEPARTURE.name());
			}
			else if (type == PassportApplicationFacts.class) {
				services.add(DecisionService.PASSPORT_APPLICATION.name());
			}
		}
		DecisionService onlyFor = (services.size() == 1) ? DecisionService.valueOf(services.first()) : null;
		return new Row(row, index, row.ruleId(), referral, outcome, agency, urgency, Cells.date(row.meta("validFrom")),
				Cells.date(row.meta("validTo")), citations, conditions, onlyFor, services.size() > 1, cannotModel);
	}

	List<Row> rows() {
		return this.rows;
	}

	ReferenceLists lists() {
		return this.lists;
	}

	/** The first date any row is in force: before it, no row of the tables speaks. */
	LocalDate firstDate() {
		return this.rows.stream()
			.map(Row::from)
			.filter(java.util.Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(LocalDate.of(2011, 5, 5));
	}

}
