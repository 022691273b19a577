package id.imigrasi.decisions.engine;

import java.time.LocalDate;
import java.util.List;

import id.imigrasi.decisions.model.Agency;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.Urgency;

/**
 * Which rules evaluated a case: the version label and the SHA-256 over the workbooks, so
 * that any decision can be traced to the exact spreadsheets behind it; and every row as
 * policy staff wrote it.
 *
 * @param rows every row of every rule table, in workbook order
 */
public record RulesetInfo(String version, String sha256, List<Table> tables, List<Row> rows) {

	public RulesetInfo {
		tables = List.copyOf(tables);
		rows = List.copyOf(rows);
	}

	/** A rule table and how many rows it has. */
	public record Table(String file, String sheet, String table, int rows) {
	}

	/** The identifying part alone, as each decision names it. */
	public Reference reference() {
		return new Reference(this.version, this.sha256);
	}

	/** Version and hash, as a decision carries them. */
	public record Reference(String version, String sha256) {
	}

	/**
	 * One decision-table row as policy staff wrote it. A rule ID may have several rows
	 * (alternatives); each is described.
	 *
	 * @param table {@code passport-application}, {@code departure} or {@code referral}
	 * @param source the rule-ID cell, {@code file!sheet!cell}
	 * @param outcome the row's outcome; {@link Outcome#REFER} for a referral row
	 * @param agency for a referral row, the agency; otherwise null
	 * @param urgency for a referral row, the urgency; otherwise null
	 * @param legalBasis the legal-basis cell split at {@code ;}, dated keys unresolved
	 * ({@code {TPI_EXAMINATION}})
	 * @param validTo null when open-ended
	 * @param owner who answers for the row (SPEC 6); null if not given
	 * @param reviewBy when the row is next reviewed; null if not given
	 * @param citizenReason the reason written for the citizen (the written notice); null
	 * if not given
	 * @param citizenLift what the citizen can do to lift the outcome; null if not given
	 * @param conditions the filled-in condition cells
	 */
	public record Row(String ruleId, String table, String source, Outcome outcome, Agency agency, Urgency urgency,
			Reason reason, List<String> legalBasis, LocalDate validFrom, LocalDate validTo, String owner,
			LocalDate reviewBy, Reason citizenReason, Reason citizenLift, List<Condition> conditions) {

		public Row {
			legalBasis = List.copyOf(legalBasis);
			conditions = List.copyOf(conditions);
		}

		/** Whether the row is in force on the legal date (SPEC 2.4 item 4). */
		public boolean appliesOn(LocalDate date) {
			return (this.validFrom == null || !date.isBefore(this.validFrom))
					&& (this.validTo == null || !date.isAfter(this.validTo));
		}

	}

	/**
	 * One filled-in condition cell of a row.
	 *
	 * @param cell where it is, {@code file!sheet!cell}
	 * @param captionId the column's caption in Bahasa Indonesia
	 * @param captionEn the column's caption in English
	 * @param value the cell as written
	 */
	public record Condition(String cell, String captionId, String captionEn, String value) {
	}

}
