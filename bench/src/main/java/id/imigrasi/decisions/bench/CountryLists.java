package id.imigrasi.decisions.bench;

import java.util.Map;
import java.util.Set;

/**
 * The two country lists the departure rows read (lists.xlsx), and the land-border posts
 * (checkpoint code to neighbouring country, sheet {@code Pos Lintas Batas}), as they
 * stand on one date. The hand-written baseline and the DMN peers take them from the same
 * workbook as the engine ({@link FrozenTables}), resolved once, so only the rows differ
 * between implementations, not the data.
 */
public record CountryLists(Set<String> destinationRisk, Set<String> moratorium, Map<String, String> landBorderPosts) {

	static final String DESTINATION_RISK = "DESTINATION_RISK";

	static final String MORATORIUM = "MORATORIUM_260_2015";

}
