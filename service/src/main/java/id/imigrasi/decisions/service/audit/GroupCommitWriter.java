package id.imigrasi.decisions.service.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores decisions and outcomes with group commit: a request hands its write over and
 * waits until it is committed, while one writer commits whatever writes are waiting in a
 * single transaction, together with what they add to the criteria counts
 * ({@link CriteriaRollup}). Each answer still leaves only after its decision is stored,
 * but concurrent decisions share a commit instead of queueing for one each
 * (bench/RESULTS.md: one commit per decision took 42 % of the service's CPU and capped it
 * near 1,500 decisions/s). One writer also means the counts of one service are never
 * added to by two transactions at once.
 */
@Component
class GroupCommitWriter implements DisposableBean {

	/** Rows in one transaction at most: bounds the time the first of them waits. */
	static final int MAX_BATCH = 256;

	/**
	 * Beyond this many waiting rows the log is overloaded: refuse rather than queue for
	 * ever.
	 */
	static final int MAX_WAITING = 8192;

	private static final long WAIT_SECONDS = 10;

	private record Pending(LogWrite write, CompletableFuture<Void> stored) {
	}

	private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MAX_WAITING);

	private final DecisionRepository repository;

	private final OutcomeRepository outcomes;

	private final CriteriaRollup rollup;

	private final TransactionTemplate transactions;

	private final Thread writer;

	private final AtomicLong commits = new AtomicLong();

	private volatile boolean running = true;

	GroupCommitWriter(DecisionRepository repository, OutcomeRepository outcomes, CriteriaRollup rollup,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.outcomes = outcomes;
		this.rollup = rollup;
		this.transactions = new TransactionTemplate(transactions);
		this.writer = new Thread(this::writeUntilClosed, "decision-log-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Returns once the write is committed.
	 * @throws DataAccessException when it could not be stored (or not in time): the
	 * decision must then not be answered
	 */
	void store(LogWrite write) {
		Pending pending = new Pending(write, new CompletableFuture<>());
		if (!this.running || !this.waiting.offer(pending)) {
			throw new DataAccessResourceFailureException("The decision log is closed or overloaded");
		}
		try {
			pending.stored().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof DataAccessException failure) ? failure
					: new DataAccessResourceFailureException("The decision log failed", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new DataAccessResourceFailureException("The decision log did not store in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while storing a decision", ex);
		}
	}

	/**
	 * How many transactions stored rows so far (fewer than rows under concurrent load).
	 */
	long commits() {
		return this.commits.get();
	}

	private void writeUntilClosed() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (this.running || !this.waiting.isEmpty()) {
			try {
				Pending first = this.waiting.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.waiting.drainTo(batch, MAX_BATCH - 1);
				commit(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				batch.forEach((pending) -> pending.stored().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void commit(List<Pending> batch) {
		try {
			this.transactions.executeWithoutResult((status) -> write(batch));
			this.commits.incrementAndGet();
			batch.forEach((pending) -> pending.stored().complete(null));
		}
		catch (RuntimeException ex) {
			// One bad write (say a duplicate ID, or a second outcome) must not fail the
			// others: store them one by one, each still with its counts.
			for (Pending pending : batch) {
				try {
					this.transactions.executeWithoutResult((status) -> write(List.of(pending)));
					this.commits.incrementAndGet();
					pending.stored().complete(null);
				}
				catch (RuntimeException failure) {
					pending.stored().completeExceptionally(failure);
				}
			}
		}
	}

	private void write(List<Pending> batch) {
		CriteriaRollup.Delta counts = new CriteriaRollup.Delta();
		for (Pending pending : batch) {
			pending.write().store(this.repository, this.outcomes);
			pending.write().count(counts);
		}
		this.rollup.add(counts);
	}

	/**
	 * Stores what is waiting, then stops: no decision answered before shutdown is lost.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.running = false;
		this.writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
	}

}
