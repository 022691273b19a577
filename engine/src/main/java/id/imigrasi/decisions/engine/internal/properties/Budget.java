package id.imigrasi.decisions.engine.internal.properties;

import java.time.Duration;

/**
 * The time the whole check may take, and what it has searched: a search that runs out of
 * time stops and its property is reported as undecided, never as holding.
 */
final class Budget {

	/** Thrown when the time is up. */
	static final class Exceeded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Exceeded() {
			super("time budget exceeded", null, false, false);
		}

	}

	private final long deadline;

	private long nodes;

	private long cases;

	private double combinations;

	Budget(Duration budget) {
		long nanos = budget.toNanos();
		this.deadline = System.nanoTime() + ((nanos > 0) ? nanos : Long.MAX_VALUE / 4);
	}

	/** Counts a node of a search; throws when the time is up. */
	void step() {
		if ((++this.nodes & 1023) == 0 && System.nanoTime() > this.deadline) {
			throw new Exceeded();
		}
	}

	void checkTime() {
		if (System.nanoTime() > this.deadline) {
			throw new Exceeded();
		}
	}

	/** A class of cases decided at once, standing for {@code combinations} cases. */
	void decided(double combinations) {
		this.cases++;
		this.combinations += combinations;
	}

	long cases() {
		return this.cases;
	}

	double combinations() {
		return this.combinations;
	}

}
