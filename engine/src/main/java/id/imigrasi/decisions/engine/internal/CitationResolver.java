package id.imigrasi.decisions.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.imigrasi.decisions.engine.Citation;
import id.imigrasi.decisions.engine.internal.tables.ReferenceLists;

/**
 * Turns a row's legal-basis cell into citations as they stood on the legal date: plain
 * text stays as written; a key in braces such as {@code {TPPO_OFFENCE}} takes the dated
 * text of lists.xlsx (UU 21/2007 Pasal 2 until 2026-01-01, KUHP Pasal 455 from
 * 2026-01-02).
 */
public final class CitationResolver {

	private static final Pattern KEY = Pattern.compile("^\\{(\\w+)}$");

	private final ReferenceLists lists;

	/**
	 * Each legal-basis item read once: its key, or the plain citation (a regular
	 * expression per item per finding was a cost of every decision).
	 */
	private final Map<String, Object> parsed = new ConcurrentHashMap<>();

	public CitationResolver(ReferenceLists lists) {
		this.lists = lists;
	}

	private static Object parse(String item) {
		String key = keyOf(item);
		return (key != null) ? key : Citation.of(item);
	}

	/** The key of a dated citation item, or null for plain text. */
	public static String keyOf(String item) {
		Matcher m = KEY.matcher(item);
		return m.matches() ? m.group(1) : null;
	}

	public List<Citation> resolve(List<String> items, LocalDate legalDate) {
		List<Citation> citations = new ArrayList<>(items.size());
		for (String item : items) {
			Object parsed = this.parsed.computeIfAbsent(item, CitationResolver::parse);
			if (parsed instanceof Citation plain) {
				citations.add(plain);
			}
			else {
				// A law not yet (or no longer) in force on the legal date is not
				// cited: SPEC 2.4 item 4. The validator makes sure every key has
				// dated entries in lists.xlsx.
				this.lists.citation((String) parsed, legalDate)
					.ifPresent((entry) -> citations.add(new Citation(entry.citation(), entry.instrument())));
			}
		}
		return citations;
	}

}
