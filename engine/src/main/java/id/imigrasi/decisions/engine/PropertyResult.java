package id.imigrasi.decisions.engine;

import java.time.Duration;
import java.util.List;

/**
 * What the search found for one property.
 *
 * @param source {@code engine} for a property shipped in the engine, else the file it
 * came from
 * @param cases classes of cases decided (each stands for many concrete cases)
 * @param counterexamples the smallest case found per check and service; empty when it
 * holds
 * @param note what was not checked and why, or null
 */
public record PropertyResult(String id, Reason title, String source, Status status, long cases, Duration elapsed,
		List<Counterexample> counterexamples, String note) {

	public PropertyResult {
		counterexamples = List.copyOf(counterexamples);
	}

	/** The outcome of the search. */
	public enum Status {

		/** No case in the searched space breaks it. */
		HOLDS,
		/** A case breaks it; see the counterexamples. */
		VIOLATED,
		/** The search could not finish (time budget) or could not model the tables. */
		UNDECIDED

	}

}
