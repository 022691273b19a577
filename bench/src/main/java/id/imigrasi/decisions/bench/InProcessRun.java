package id.imigrasi.decisions.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DepartureBenchmarks} with JMH (one fork per implementation, throughput and
 * sampled latency) and prints decisions/s, latency and the ratio to the hand-written
 * limit.
 */
final class InProcessRun {

	/** Benchmark method, as the table names it. */
	private static final Map<String, String> NAMES = new LinkedHashMap<>();

	static {
		NAMES.put("handWritten", "hand-written Java (the limit)");
		NAMES.put("engine", "our engine (KJAR tables, in-process)");
		NAMES.put("camundaLegacyExpressions", "Camunda 7.24 DMN, legacy expressions (JUEL)");
		NAMES.put("camundaDefaultFeel", "Camunda 7.24 DMN, default FEEL (Scala)");
		NAMES.put("droolsDmn", "Drools DMN 10.2");
	}

	private InProcessRun() {
	}

	static void run(Report report, boolean quick, String jsonFile) throws Exception {
		// The engine keeps speeding up for about 15 s (C2 on a large Drools code base, on
		// 2 shared cores): shorter warm-ups published a fraction of its steady state.
		int warmups = quick ? 3 : 8;
		int measurements = quick ? 3 : 5;
		TimeValue time = TimeValue.seconds(quick ? 1 : 2);
		ChainedOptionsBuilder options = new OptionsBuilder()
			.include(DepartureBenchmarks.class.getName() + "\\.(" + String.join("|", NAMES.keySet()) + ")$")
			.mode(Mode.Throughput)
			.mode(Mode.SampleTime)
			.timeUnit(TimeUnit.MICROSECONDS)
			.forks(1)
			.threads(1)
			.warmupIterations(warmups)
			.warmupTime(time)
			.measurementIterations(measurements)
			.measurementTime(time)
			.jvmArgsAppend("-Xms1g", "-Xmx1g")
			.shouldFailOnError(true)
			.resultFormat(ResultFormatType.JSON)
			.result(jsonFile);
		Collection<RunResult> results = new Runner(options.build()).run();
		Map<String, Double> throughput = new LinkedHashMap<>();
		Map<String, Result<?>> latency = new LinkedHashMap<>();
		for (RunResult result : results) {
			String method = result.getParams().getBenchmark();
			method = method.substring(method.lastIndexOf('.') + 1);
			if (result.getParams().getMode() == Mode.Throughput) {
				throughput.put(method, result.getPrimaryResult().getScore() * 1e6);
			}
			else {
				latency.put(method, result.getPrimaryResult());
			}
		}
		double limit = throughput.get("handWritten");
		report.line("One thread, one decision per operation, the corpus in a loop. Throughput mode for decisions/s, "
				+ "sample-time mode for latency (µs).");
		report.line("");
		report.line(
				"| implementation | decisions/s | mean µs (1/throughput) | p50 µs | p99 µs | p99.9 µs | × slower than hand-written | engine is × faster |");
		report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
		double engine = throughput.get("engine");
		for (Map.Entry<String, String> entry : NAMES.entrySet()) {
			String method = entry.getKey();
			double perSecond = throughput.get(method);
			Result<?> sample = latency.get(method);
			report.line("| %s | %s | %s | %s | %s | %s | %.1f | %s |", entry.getValue(), Report.rate(perSecond),
					Report.micros(1e6 / perSecond), Report.micros(sample.getStatistics().getPercentile(50)),
					Report.micros(sample.getStatistics().getPercentile(99)),
					Report.micros(sample.getStatistics().getPercentile(99.9)), limit / perSecond,
					method.equals("engine") ? "–" : String.format("%.2f", engine / perSecond));
		}
		report.line("");
		report.line("Raw JMH results: %s", jsonFile);
	}

	/** The engine on two threads: what the service's worker pool can get from 2 cores. */
	static double runEngineTwoThreads(Report report, boolean quick) throws Exception {
		TimeValue time = TimeValue.seconds(quick ? 1 : 2);
		Collection<RunResult> results = new Runner(
				new OptionsBuilder().include(DepartureBenchmarks.class.getName() + "\\.engine$")
					.mode(Mode.Throughput)
					.timeUnit(TimeUnit.SECONDS)
					.forks(1)
					.threads(2)
					.warmupIterations(quick ? 3 : 8)
					.warmupTime(time)
					.measurementIterations(quick ? 3 : 5)
					.measurementTime(time)
					.jvmArgsAppend("-Xms1g", "-Xmx1g")
					.shouldFailOnError(true)
					.build())
			.run();
		double score = Double.NaN;
		for (RunResult result : results) {
			score = result.getPrimaryResult().getScore();
			report.line("Engine on 2 threads: %s decisions/s (± %s).", Report.rate(score),
					Report.rate(result.getPrimaryResult().getScoreError()));
		}
		return score;
	}

}
