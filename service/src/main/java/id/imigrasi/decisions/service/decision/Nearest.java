package id.imigrasi.decisions.service.decision;

import java.util.Collection;
import java.util.Locale;

/** The allowed word nearest to a misspelt one, for "did you mean" hints. */
final class Nearest {

	private Nearest() {
	}

	/** The closest candidate within a third of the word's length in edits, or null. */
	static String of(String given, Collection<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String word = given.toUpperCase(Locale.ROOT);
		for (String candidate : candidates) {
			int distance = distance(word, candidate.toUpperCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return (best != null && bestDistance > 0 && bestDistance <= Math.max(1, given.length() / 3)) ? best : null;
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
