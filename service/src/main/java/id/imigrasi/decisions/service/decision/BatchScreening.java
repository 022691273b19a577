package id.imigrasi.decisions.service.decision;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.DecisionLog;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.system.ProblemException;
import id.imigrasi.decisions.service.system.ProblemResponses;

/**
 * Screens a manifest (SPEC 8.1): each line read, evaluated, counted and logged exactly as
 * a single call would be, and answered in input order while later lines are still being
 * evaluated. A bad line becomes its own problem line; it never stops the batch.
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

	private final RequestReader reader;

	private final ObjectMapper json;

	private final ActiveRuleset active;

	private final DecisionMetrics metrics;

	private final DecisionLog decisionLog;

	private final ProblemResponses problems;

	private final Semaphore running = new Semaphore(CONCURRENT_BATCHES);

	private final ThreadPoolExecutor evaluators = pool("batch-evaluate-", Runtime.getRuntime().availableProcessors());

	private final ThreadPoolExecutor loggers = pool("batch-log-", LOG_WAITERS);

	BatchScreening(Clock clock, ObjectMapper json, ActiveRuleset active, DecisionMetrics metrics,
			DecisionLog decisionLog, ProblemResponses problems) {
		this.reader = new RequestReader(clock);
		this.json = json;
		this.active = active;
		this.metrics = metrics;
		this.decisionLog = decisionLog;
		this.problems = problems;
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
		return CompletableFuture.supplyAsync(() -> evaluate(service, line, instance), this.evaluators)
			.thenCompose(
					(evaluated) -> (evaluated.answer() != null) ? CompletableFuture.completedFuture(evaluated.answer())
							: CompletableFuture.supplyAsync(() -> record(evaluated, caller, instance), this.loggers))
			.exceptionally((failure) -> unexpected(line.number(), failure, instance));
	}

	/** Reads and evaluates one line as the single call does; CPU only. */
	private Evaluated evaluate(DecisionService service, ManifestSpool.Line line, String instance) {
		if (line.tooLong()) {
			return Evaluated.problem(problemLine(line.number(),
					this.problems.of(BatchTooLargeException.line(MAX_LINE_BYTES), instance)));
		}
		JsonNode body;
		try {
			body = blank(line.bytes()) ? null : this.json.readTree(line.bytes());
		}
		catch (IOException ex) {
			body = null;
			if (ex instanceof JsonProcessingException malformed && malformed.getLocation() != null
					&& malformed.getLocation().getLineNr() > 0
					&& !malformed.getOriginalMessage().startsWith("No content")) {
				return Evaluated.problem(
						malformed(line.number(), "is not well-formed JSON (line " + malformed.getLocation().getLineNr()
								+ ", column " + malformed.getLocation().getColumnNr() + ")", instance));
			}
		}
		if (body == null || body.isMissingNode()) {
			// What a single call with an empty body answers.
			return Evaluated.problem(malformed(line.number(), "a JSON body is required", instance));
		}
		ReadResult request = this.reader.read(service, body);
		if (!request.valid()) {
			return Evaluated.problem(problemLine(line.number(),
					this.problems.invalidRequest("invalid-request", request.problems(), instance)));
		}
		long start = System.nanoTime();
		Decision decision = request.evaluate(this.active.engine());
		Duration evaluation = Duration.ofNanos(System.nanoTime() - start);
		this.metrics.decided(decision, evaluation);
		return new Evaluated(line.number(), request, decision, evaluation, null);
	}

	/**
	 * Logs one decision as a single call does, and answers with the JSON stored; waits
	 * for the commit.
	 */
	private Answer record(Evaluated evaluated, Principal caller, String instance) {
		try {
			String stored = this.decisionLog.record(evaluated.request(), evaluated.decision(), evaluated.evaluation(),
					caller);
			return new Answer(stored.getBytes(StandardCharsets.UTF_8), true);
		}
		catch (ProblemException ex) {
			// Made but not kept, so not answered: the line says so, the batch goes on.
			return problemLine(evaluated.line(), this.problems.of(ex, instance));
		}
	}

	private Answer unexpected(int line, Throwable failure, String instance) {
		Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
		// The type and the stack, not the message: messages of parsing libraries can
		// quote input.
		Throwable scrubbed = new IllegalStateException(cause.getClass().getName());
		scrubbed.setStackTrace(cause.getStackTrace());
		log.error("Unexpected failure on line {} of a batch on {}", line, instance, scrubbed);
		return problemLine(line, this.problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Internal error", "The line could not be processed; no decision was made.", instance));
	}

	private Answer malformed(int line, String message, String instance) {
		return problemLine(line,
				this.problems.invalidRequest("malformed-json", List.of(new InputProblem("$", message)), instance));
	}

	private Answer problemLine(int line, ProblemDetail problem) {
		try {
			return new Answer(this.json.writeValueAsBytes(LineProblem.of(line, problem)), false);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A problem could not be written as JSON", ex);
		}
	}

	private static boolean blank(byte[] line) {
		for (byte b : line) {
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
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

	/** One NDJSON answer line, without its line break. */
	private record Answer(byte[] json, boolean decision) {
	}

	private record Pending(CompletableFuture<Answer> answer, int size) {
	}

	/**
	 * A line read and evaluated: the decision to log, or already its answer (a problem).
	 */
	private record Evaluated(int line, ReadResult request, Decision decision, Duration evaluation, Answer answer) {

		static Evaluated problem(Answer answer) {
			return new Evaluated(0, null, null, null, answer);
		}

	}

	private static final class Written {

		private int decisions;

		private int problems;

	}

}
