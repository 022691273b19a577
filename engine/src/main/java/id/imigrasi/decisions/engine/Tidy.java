package id.imigrasi.decisions.engine;

import java.io.IOException;
import java.util.Map;

/**
 * Makes decision-table workbooks pleasant to edit in Excel and LibreOffice without
 * touching a rule: drop-downs with the allowed values on every enum column, row heights
 * that fit wrapped text, column widths, print titles and areas, and the engineers' header
 * rows grouped, collapsed and protected. No cell's value changes; tidying twice gives the
 * same layout. Policy staff's {@code tidy} command.
 */
public final class Tidy {

	private Tidy() {
	}

	/**
	 * Tidies each workbook of the set.
	 * @param workbooks file name to bytes: rule tables ({@code *.drl.xlsx}) and
	 * {@code lists.xlsx}; the others of a set give a drop-down its values (list codes,
	 * rule IDs), so pass the whole set when there is one
	 * @return the tidied bytes of each rule table and of lists.xlsx given; other files
	 * are left out
	 */
	public static Map<String, byte[]> workbooks(Map<String, byte[]> workbooks) throws IOException {
		return EngineServices.get().tidy(workbooks);
	}

}
