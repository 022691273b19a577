package id.imigrasi.decisions.engine;

import java.util.Collection;
import java.util.Locale;

/**
 * The allowed value closest to a typo, by edit distance ({@code UMROH} → {@code UMRAH}):
 * the "did you mean" of the validator and of the API's request errors.
 */
public final class Nearest {

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
