package id.imigrasi.decisions.engine.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.RulesetException;

/**
 * Runs a compile on a thread of its own and gives it up after the allowed time. Drools
 * cannot be stopped safely, so the thread is interrupted and left to end on its own; the
 * size limits checked before keep what it may still cost small.
 */
final class CompileDeadline {

	private CompileDeadline() {
	}

	interface Compile {

		CompiledRuleset run() throws RulesetException;

	}

	static CompiledRuleset within(Duration limit, String version, Compile compile) throws RulesetException {
		FutureTask<CompiledRuleset> task = new FutureTask<>(compile::run);
		Thread thread = new Thread(task, "ruleset-compile-" + version);
		thread.setDaemon(true);
		thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
		thread.start();
		try {
			return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			task.cancel(true);
			throw new RulesetException(List.of(Problem.error(ProblemCode.COMPILE_TIMEOUT, "",
					"Compiling the workbooks took longer than " + limit.toSeconds() + " s and was given up.",
					"Kompilasi buku kerja lebih lama dari " + limit.toSeconds() + " detik dan dihentikan.")));
		}
		catch (InterruptedException ex) {
			task.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while compiling ruleset " + version, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RulesetException refused) {
				throw refused;
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
