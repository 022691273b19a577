package id.imigrasi.decisions.service.decision;

import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.DecisionLog;
import id.imigrasi.decisions.service.decision.LineScreening.Answer;

/**
 * Screens a manifest (SPEC 8.1): each line handled as a single call would handle it
 * ({@link LineScreening}), on every core, and answered in input order while later lines
 * are still being evaluated. A bad line becomes its own problem line; it never stops the
 * batch.
 *
 * <p>
 * Two stages, because the work is of two kinds. Reading and evaluating is CPU: one thread
 * per core. Logging waits: {@link DecisionLog#record} returns only once its row is
 * committed, with whatever other rows are waiting at that moment, so many lines must wait
 * at once for a commit to carry many rows; that stage has many threads that mostly sleep.
 * Memory is bounded by the window: at most {@link #WINDOW} lines (and
 * {@link #WINDOW_BYTES} of their text) are between being read and being written, and at
 * most {@link #CONCURRENT_BATCHES} batches run at once.
 */
@Component
class BatchScreening implements DisposableBean {

	/** SPEC 8.1. */
	static final int MAX_LINES = 100_000;

	/**
	 * 256 MiB: 2,684 bytes a line on average at 100,000 lines. The README's departure is
	 * 851 bytes on one line; a case with every optional field filled and long names is
	 * about 1,250, some 1,400 with spaces after the separators (BatchLimitsTest). A real
	 * manifest fits with room to spare; 100,000 lines at the 64 KiB one request may have
	 * (6.4 GB) do not, and the spool on disk stays bounded.
	 */
	static final long MAX_BYTES = 256L * 1024 * 1024;

	/** A line is one request body: the single-request limit of SPEC 8. */
	static final int MAX_LINE_BYTES = 64 * 1024;

	/**
	 * Lines between read and written: enough for every log waiter to hold a line while
	 * the next lines are evaluated.
	 */
	static final int WINDOW = 1024;

	static final long WINDOW_BYTES = 8L * 1024 * 1024;

	static final int CONCURRENT_BATCHES = 2;

	/**
	 * Lines that may wait for the decision log at once, over all batches: two full group
	 * commits (256 rows each), so that the next one fills while one is being written.
	 */
	static final int LOG_WAITERS = 512;

	private static final Logger log = LoggerFactory.getLogger(BatchScreening.class);

	private final LineScreening lineScreening;

	private final Semaphore running = new Semaphore(CONCURRENT_BATCHES);

	private final ThreadPoolExecutor evaluators = pool("batch-evaluate-", Runtime.getRuntime().availableProcessors());

	private final ThreadPoolExecutor loggers = pool("batch-log-", LOG_WAITERS);

	BatchScreening(LineScreening lineScreening) {
		this.lineScreening = lineScreening;
	}

	/**
	 * A place for one more batch, to be closed when it is answered.
	 * @throws BatchBusyException when {@link #CONCURRENT_BATCHES} are running
	 */
	Admission admit() {
		if (!this.running.tryAcquire()) {
			throw new BatchBusyException(CONCURRENT_BATCHES);
		}
		return this.running::release;
	}

	/**
	 * Answers every line of the spool, in order, one NDJSON line each: the decision as
	 * the log stored it, or a {@link LineProblem}.
	 * @param instance the request path, for the problems
	 * @throws IOException when the answer cannot be written (the caller has gone); lines
	 * already handed over are still decided and logged, no further line is read
	 */
	void screen(DecisionService service, ManifestSpool spool, Principal caller, String instance, OutputStream out)
			throws IOException {
		long start = System.nanoTime();
		Deque<Pending> window = new ArrayDeque<>();
		Written written = new Written();
		try (ManifestSpool.Lines lines = spool.lines(MAX_LINE_BYTES)) {
			long inFlightBytes = 0;
			for (ManifestSpool.Line line; (line = lines.next()) != null;) {
				while (window.size() >= WINDOW || inFlightBytes > WINDOW_BYTES) {
					inFlightBytes -= writeFirst(window, out, written);
				}
				window.addLast(new Pending(submit(service, line, caller, instance), line.bytes().length));
				inFlightBytes += line.bytes().length;
				while (!window.isEmpty() && window.peekFirst().answer().isDone()) {
					inFlightBytes -= writeFirst(window, out, written);
				}
			}
			while (!window.isEmpty()) {
				writeFirst(window, out, written);
			}
			out.flush();
		}
		finally {
			// Lines handed over are decided and logged even if the caller has gone; the
			// batch holds its place until they are, so the memory bound holds.
			window.forEach((pending) -> pending.answer().join());
			// Counts and identifiers only: a manifest is personal data.
			log.info("Batch {} by {}: {} lines, {} decisions, {} problems answered in {} ms", service.path(),
					(caller != null) ? caller.getName() : "anonymous", spool.lines(), written.decisions,
					written.problems, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
	}

	private static long writeFirst(Deque<Pending> window, OutputStream out, Written written) throws IOException {
		Pending first = window.peekFirst();
		if (!first.answer().isDone()) {
			// Let the caller have what is ready before waiting for the next answer.
			out.flush();
		}
		Answer answer = first.answer().join();
		out.write(answer.json());
		out.write('\n');
		window.removeFirst();
		if (answer.decision()) {
			written.decisions++;
		}
		else {
			written.problems++;
		}
		return first.size();
	}

	private CompletableFuture<Answer> submit(DecisionService service, ManifestSpool.Line line, Principal caller,
			String instance) {
		return CompletableFuture
			.supplyAsync(() -> this.lineScreening.evaluate(service, line, MAX_LINE_BYTES, instance), this.evaluators)
			.thenCompose(
					(evaluated) -> (evaluated.answer() != null) ? CompletableFuture.completedFuture(evaluated.answer())
							: CompletableFuture.supplyAsync(
									() -> this.lineScreening.record(evaluated, caller, instance), this.loggers))
			.exceptionally((failure) -> this.lineScreening.unexpected(line.number(), failure, instance));
	}

	@Override
	public void destroy() throws InterruptedException {
		this.evaluators.shutdown();
		this.loggers.shutdown();
		this.evaluators.awaitTermination(10, TimeUnit.SECONDS);
		this.loggers.awaitTermination(10, TimeUnit.SECONDS);
	}

	private static ThreadPoolExecutor pool(String name, int threads) {
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, name + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	/** A batch's place among those running at once. */
	interface Admission extends AutoCloseable {

		@Override
		void close();

	}

	private record Pending(CompletableFuture<Answer> answer, int size) {
	}

	private static final class Written {

		private int decisions;

		private int problems;

	}

}
