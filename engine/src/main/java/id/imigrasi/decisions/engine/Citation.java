package id.imigrasi.decisions.engine;

/**
 * A legal basis as it stood on the case's legal date, e.g.
 * {@code UU 1/2023 (KUHP) Pasal 455} in the instrument {@code UU 1/2023 (KUHP)}.
 */
public record Citation(String citation, String instrument) {

	/** The instrument of a plain citation: the text before its first "Pasal". */
	public static Citation of(String citation) {
		int pasal = citation.indexOf(" Pasal ");
		return new Citation(citation, (pasal > 0) ? citation.substring(0, pasal).trim() : citation);
	}

}
