package id.imigrasi.decisions.service.impact;

/**
 * Time spent in one phase of a run by one thread, added up over many short stretches. Not
 * thread-safe: one per thread and phase.
 */
final class Stopwatch {

	private long nanos;

	private long started = -1;

	void start() {
		this.started = System.nanoTime();
	}

	void stop() {
		if (this.started >= 0) {
			this.nanos += System.nanoTime() - this.started;
			this.started = -1;
		}
	}

	long nanos() {
		return this.nanos;
	}

}
