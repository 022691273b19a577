package id.imigrasi.decisions.engine;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The allowed value closest to a typo, by edit distance ({@code UMROH} → {@code UMRAH}):
 * the "did you mean" of the validator and of the API's request errors.
 */
public final class Nearest {

	/** The languages a country's name may be typed in. */
	private static final Locale[] NAME_LANGUAGES = { Locale.ENGLISH, new Locale("id") };

	private Nearest() {
	}

	/** The nearest value, or {@code null} if none is close enough to be a likely typo. */
	public static String to(String typed, Collection<String> allowed) {
		if (allowed == null || typed == null) {
			return null;
		}
		String needle = typed.toUpperCase(Locale.ROOT).strip();
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : allowed) {
			int distance = distance(needle, candidate.toUpperCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		int tolerance = Math.max(2, needle.length() / 3);
		return (bestDistance <= tolerance) ? best : null;
	}

	/**
	 * The country code meant by what was typed, comparing with the codes and with the
	 * countries themselves: an ISO alpha-3 code ({@code QAT} → QA, not AT, one edit away)
	 * and the country's name in English or Bahasa Indonesia ({@code Arab Saudi} → SA).
	 * @param codes the allowed ISO 3166-1 alpha-2 codes
	 */
	public static String country(String typed, Collection<String> codes) {
		if (codes == null || typed == null) {
			return null;
		}
		String needle = typed.toUpperCase(Locale.ROOT).strip();
		if (codes.contains(needle)) {
			return needle;
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String code : codes) {
			Locale country = new Locale("", code);
			if (needle.length() == 3 && needle.equals(alpha3(country))) {
				return code;
			}
			for (Locale language : NAME_LANGUAGES) {
				String name = country.getDisplayCountry(language).toUpperCase(Locale.ROOT);
				int distance = distance(needle, name);
				if (distance < bestDistance) {
					best = code;
					bestDistance = distance;
				}
			}
		}
		if (needle.length() > 3 && bestDistance <= Math.max(2, needle.length() / 3)) {
			return best;
		}
		return to(typed, codes);
	}

	private static String alpha3(Locale country) {
		try {
			return country.getISO3Country();
		}
		catch (MissingResourceException ex) {
			return null;
		}
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
