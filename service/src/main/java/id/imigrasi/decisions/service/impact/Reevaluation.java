package id.imigrasi.decisions.service.impact;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonFactory;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.StoredFacts;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.system.InputProblem;

/**
 * Evaluates the logged decisions of a period again under a candidate ruleset and compares
 * each with what was answered. One thread streams the log ({@link LogScan}) in batches;
 * one worker per core reads the stored facts as strictly as a replay does, evaluates them
 * at their own legal date (written into the facts when the decision was logged), reads
 * the logged answer and counts the difference in a tally of its own. At most a few
 * batches wait between them, so memory stays flat however long the period.
 */
final class Reevaluation {

	static final int BATCH = 256;

	private final DecisionEngine candidate;

	private final StoredFacts facts;

	private final int threads;

	private final JsonFactory json = new JsonFactory();

	Reevaluation(Ruleset candidate, StoredFacts facts, int threads) {
		this.candidate = new DecisionEngine(candidate);
		this.facts = facts;
		this.threads = Math.max(1, threads);
	}

	/** Every core the JVM may use. */
	static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}

	LogImpact run(Connection connection, Instant since) throws SQLException {
		long start = System.nanoTime();
		long processCpu = processCpu();
		AtomicInteger names = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(this.threads, (task) -> {
			Thread thread = new Thread(task, "impact-" + names.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		List<Worker> all = new ArrayList<>();
		ThreadLocal<Worker> mine = ThreadLocal.withInitial(() -> {
			Worker worker = new Worker();
			synchronized (all) {
				all.add(worker);
			}
			return worker;
		});
		Semaphore window = new Semaphore(this.threads * 4);
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Stopwatch reading = new Stopwatch();
		Stopwatch waiting = new Stopwatch();
		List<List<LoggedCase>> batch = new ArrayList<>(1);
		batch.add(new ArrayList<>(BATCH));
		Runnable hand = () -> {
			List<LoggedCase> full = batch.get(0);
			batch.set(0, new ArrayList<>(BATCH));
			waiting.start();
			window.acquireUninterruptibly();
			waiting.stop();
			workers.execute(() -> {
				try {
					mine.get().process(full);
				}
				catch (RuntimeException ex) {
					failure.compareAndSet(null, ex);
				}
				finally {
					window.release();
				}
			});
		};
		long read;
		long readerCpu = cpu();
		try {
			read = LogScan.scan(connection, since, (logged) -> {
				if (failure.get() != null) {
					throw failure.get();
				}
				batch.get(0).add(logged);
				if (batch.get(0).size() == BATCH) {
					hand.run();
				}
			}, reading);
			if (!batch.get(0).isEmpty()) {
				hand.run();
			}
		}
		finally {
			workers.shutdown();
			awaitQuietly(workers);
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		readerCpu = cpu() - readerCpu;
		processCpu = (processCpu < 0) ? -1 : processCpu() - processCpu;
		Tally tally = new Tally();
		LogImpact.Timing timing = new LogImpact.Timing(Duration.ofNanos(System.nanoTime() - start), this.threads,
				Duration.ofNanos(reading.nanos()), Duration.ofNanos(waiting.nanos()), 0, 0, 0, readerCpu, processCpu);
		for (Worker worker : all) {
			tally.merge(worker.tally);
			timing = timing.plus(worker.parsing.nanos(), worker.evaluating.nanos(), worker.diffing.nanos(), worker.cpu);
		}
		if (tally.read != read) {
			throw new IllegalStateException("Read " + read + " decisions but counted " + tally.read);
		}
		return new LogImpact(tally, timing);
	}

	/**
	 * CPU time of the calling thread, ns: what a run costs whatever else the machine does
	 * (wall-clock phases grow when other processes take the cores).
	 */
	private static long cpu() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
	}

	/**
	 * CPU time of the whole JVM, ns, or -1: the collector and the JIT compiler are part
	 * of what a run costs.
	 */
	private static long processCpu() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	private static void awaitQuietly(ExecutorService workers) {
		try {
			if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	/** One core's share: its own tally and clocks, never shared while the run goes. */
	private final class Worker {

		final Tally tally = new Tally();

		final Stopwatch parsing = new Stopwatch();

		final Stopwatch evaluating = new Stopwatch();

		final Stopwatch diffing = new Stopwatch();

		long cpu;

		void process(List<LoggedCase> batch) {
			long startCpu = cpu();
			for (LoggedCase logged : batch) {
				this.tally.read(logged);
				this.parsing.start();
				ReadResult request = read(logged);
				Verdict before = (request != null) ? answered(logged) : null;
				this.parsing.stop();
				if (request == null || before == null) {
					continue;
				}
				this.evaluating.start();
				Decision decision;
				try {
					decision = request.evaluate(Reevaluation.this.candidate);
				}
				catch (RuntimeException ex) {
					this.evaluating.stop();
					this.tally.failed(logged);
					continue;
				}
				this.evaluating.stop();
				this.diffing.start();
				this.tally.compare(logged, before, Verdict.of(decision));
				this.diffing.stop();
			}
			this.cpu += cpu() - startCpu;
		}

		/** The stored facts under today's contract, or null when they no longer read. */
		private ReadResult read(LoggedCase logged) {
			DecisionService service;
			try {
				service = DecisionService.fromPath(logged.service());
			}
			catch (IllegalArgumentException ex) {
				this.tally.unreadable(logged, List.of("service"));
				return null;
			}
			ReadResult request;
			try {
				request = Reevaluation.this.facts.request(service, logged.facts());
			}
			catch (RuntimeException ex) {
				// Not JSON, or not an object with a person: the stored row itself is
				// damaged.
				this.tally.unreadable(logged, List.of("$"));
				return null;
			}
			if (!request.valid()) {
				this.tally.unreadable(logged, request.problems().stream().map(InputProblem::path).toList());
				return null;
			}
			return request;
		}

		/** What was answered, or null when the logged answer cannot be read. */
		private Verdict answered(LoggedCase logged) {
			try {
				return Verdict.read(Reevaluation.this.json, logged.answer());
			}
			catch (java.io.IOException | RuntimeException ex) {
				this.tally.unreadable(logged, List.of("answer"));
				return null;
			}
		}

	}

}
