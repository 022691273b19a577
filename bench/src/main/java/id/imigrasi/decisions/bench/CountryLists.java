package id.imigrasi.decisions.bench;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import id.imigrasi.decisions.engine.tables.ReferenceLists;

/**
 * The two country lists the departure rows read (lists.xlsx), as they stand on one date.
 * The hand-written baseline and the DMN peers take them from the same workbook as the
 * engine, resolved once, so only the rows differ between implementations, not the data.
 */
public record CountryLists(Set<String> destinationRisk, Set<String> moratorium) {

	static final String DESTINATION_RISK = "DESTINATION_RISK";

	static final String MORATORIUM = "MORATORIUM_260_2015";

	public static CountryLists on(ReferenceLists lists, LocalDate date) {
		Set<String> risk = new HashSet<>();
		Set<String> moratorium = new HashSet<>();
		for (ReferenceLists.CountryEntry entry : lists.countries()) {
			Set<String> on = lists.listsOf(entry.country(), date);
			if (on.contains(DESTINATION_RISK)) {
				risk.add(entry.country());
			}
			if (on.contains(MORATORIUM)) {
				moratorium.add(entry.country());
			}
		}
		return new CountryLists(Set.copyOf(risk), Set.copyOf(moratorium));
	}

}
