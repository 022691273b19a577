package id.imigrasi.decisions.engine.internal.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.Cells;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.engine.internal.tables.RuleTable;

/**
 * Criteria are reviewed regularly (SPEC 6; EU ETIAS Art. 7 and 33, PNR Directive Art. 6):
 * a row still in force whose review-by date has passed is reported, with its owner, as a
 * warning at its review-by cell. A retired row (valid to before today) needs no review.
 */
final class ReviewDateCheck {

	private ReviewDateCheck() {
	}

	static void check(RuleTable table, LocalDate today, Problems problems) {
		RuleColumn column = table.metaColumn("reviewBy");
		if (column == null) {
			return;
		}
		for (RuleRow row : table.rows()) {
			LocalDate reviewBy = Cells.date(row.cell(column));
			LocalDate validTo = Cells.date(row.meta("validTo"));
			if (reviewBy == null || !reviewBy.isBefore(today) || (validTo != null && validTo.isBefore(today))) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(reviewBy, today);
			String owner = row.meta("owner");
			problems.warning(ProblemCode.REVIEW_OVERDUE, row.cellRef(column),
					"Row " + StructureCheck.label(row) + " was due for review on " + reviewBy + " (" + days
							+ " day(s) ago); review it" + ((owner != null) ? " with its owner, " + owner + "," : "")
							+ " and set the next review-by date. An upload is refused once a row is more than 90 days"
							+ " past it, unless its comment names the rule and says why.",
					"Baris " + StructureCheck.label(row) + " seharusnya ditinjau pada " + reviewBy + " (" + days
							+ " hari lalu); tinjau" + ((owner != null) ? " bersama pemiliknya, " + owner + "," : "")
							+ " dan isi tanggal tinjau berikutnya. Unggahan ditolak bila sebuah baris lewat lebih dari"
							+ " 90 hari, kecuali komentarnya menyebut aturan itu dan alasannya.");
		}
	}

}
