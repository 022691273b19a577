package id.imigrasi.decisions.service.impact;

import java.util.List;
import java.util.TreeSet;

/**
 * A count and the decision IDs that stand for it: at most a given number, the smallest
 * IDs (decision IDs are random, so these are a fair sample), so that the same log gives
 * the same examples whichever thread saw which decision.
 */
final class Examples {

	private final int limit;

	private final TreeSet<String> ids = new TreeSet<>();

	private long count;

	Examples(int limit) {
		this.limit = limit;
	}

	/** Counts one decision; named among the examples if it is among the smallest. */
	void add(String decisionId) {
		this.count++;
		name(decisionId);
	}

	/** Counts one decision that is not to be named (an unchanged one). */
	void countUnnamed() {
		this.count++;
	}

	void merge(Examples other) {
		this.count += other.count;
		other.ids.forEach(this::name);
	}

	long count() {
		return this.count;
	}

	List<String> ids() {
		return List.copyOf(this.ids);
	}

	/** How many were counted but not named. */
	long omitted() {
		return this.count - this.ids.size();
	}

	private void name(String decisionId) {
		if (this.ids.size() < this.limit) {
			this.ids.add(decisionId);
		}
		else if (decisionId.compareTo(this.ids.last()) < 0 && this.ids.add(decisionId)) {
			this.ids.pollLast();
		}
	}

}
