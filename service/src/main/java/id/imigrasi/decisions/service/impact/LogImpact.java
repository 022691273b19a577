package id.imigrasi.decisions.service.impact;

import java.time.Duration;

/**
 * What a run over the log found ({@link Tally}, all threads merged), and where its time
 * went.
 */
record LogImpact(Tally tally, Timing timing) {

	/**
	 * The wall-clock time of the run, and the time each phase took, added over the
	 * threads that did it (so phases may add up to more than the wall-clock time).
	 *
	 * @param reading the log's rows fetched and handed over, on the reading thread
	 * @param waiting the reading thread waiting for a worker to be free
	 * @param parsingNanos stored facts read strictly and the logged answer read, on the
	 * workers
	 * @param evaluatingNanos the candidate's evaluations
	 * @param diffingNanos comparing and counting
	 * @param cpuNanos CPU time of the reading thread and the workers: what the run costs
	 * whatever else runs on the machine
	 * @param processCpuNanos CPU time of the whole JVM over the run (its collector and
	 * compiler included; in the service, whatever else it did meanwhile too), or -1 where
	 * the JVM does not say
	 */
	record Timing(Duration elapsed, int threads, Duration reading, Duration waiting, long parsingNanos,
			long evaluatingNanos, long diffingNanos, long cpuNanos, long processCpuNanos) {

		Timing plus(long parsing, long evaluating, long diffing, long cpu) {
			return new Timing(this.elapsed, this.threads, this.reading, this.waiting, this.parsingNanos + parsing,
					this.evaluatingNanos + evaluating, this.diffingNanos + diffing, this.cpuNanos + cpu,
					this.processCpuNanos);
		}

	}

}
