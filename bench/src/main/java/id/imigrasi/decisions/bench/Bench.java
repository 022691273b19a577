package id.imigrasi.decisions.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.model.request.Departure;

/**
 * The one benchmark command (bench/README.md): ruleset compile times, the corpus check,
 * the in-process JMH comparison with ratios, then, when the service jar is there, its
 * cold start, memory, reload and an HTTP load run on loopback. Prints Markdown and writes
 * it to {@code bench/target/bench-report.md}.
 *
 * <p>
 * Options: {@code --quick} (shorter JMH iterations and load runs), {@code --no-http},
 * {@code --http-only}, {@code --batch-only} (the engine on two threads, then the
 * service's single-call saturation and batch screening), {@code --service PATH} (default
 * {@code service/target/service.jar}), {@code --out FILE}, {@code --properties-only} (the
 * property check alone), {@code --tables DIR} (the tables the property check runs on;
 * default the frozen copy), {@code --impact-only} (the impact command over a generated
 * decision log, {@code --decisions N}, default a million; {@code --impact-fresh} writes
 * the log again).
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> options = Arrays.asList(args);
		boolean quick = options.contains("--quick");
		Path service = Path.of(option(options, "--service", "service/target/service.jar"));
		Path out = Path.of(option(options, "--out", "bench/target/bench-report.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Report report = new Report();
		report.line("# Benchmark run");
		report.line("");
		Machine.describe(report, "java -jar bench/target/bench.jar " + String.join(" ", args));

		String tables = option(options, "--tables", null);
		if (options.contains("--properties-only")) {
			report.heading("Properties of the law (SPEC 2.7)");
			PropertyRun.run(report, (tables != null) ? Path.of(tables) : null, 3);
			report.write(out);
			System.out.println();
			System.out.println("Written to " + out.toAbsolutePath());
			System.exit(0);
		}
		if (options.contains("--impact-only")) {
			report.heading("Impact of a candidate over the decision log (issue 16)");
			ImpactRun.run(report, service, Long.parseLong(option(options, "--decisions", "1000000")),
					options.contains("--impact-fresh"));
			report.write(out);
			System.out.println();
			System.out.println("Written to " + out.toAbsolutePath());
			System.exit(0);
		}
		List<Departure> corpus = Corpus.standard();
		if (options.contains("--batch-only")) {
			report.heading("In-process decisions (JMH)");
			double engineTwoThreads = InProcessRun.runEngineTwoThreads(report, quick);
			ServiceRun.batchOnly(report, service, corpus, quick, engineTwoThreads);
			report.write(out);
			System.out.println();
			System.out.println("Written to " + out.toAbsolutePath());
			System.exit(0);
		}
		double engineTwoThreads = Double.NaN;
		if (!options.contains("--http-only")) {
			report.heading("Ruleset load and compile (in-process)");
			Ruleset ruleset = RulesetTimings.measure(report, quick ? 3 : 5);

			report.heading("Same answers on the whole corpus");
			CorpusCheck.run(report, ruleset, corpus);

			report.heading("Properties of the law (SPEC 2.7)");
			PropertyRun.run(report, (tables != null) ? Path.of(tables) : null, quick ? 1 : 3);

			report.heading("In-process decisions (JMH)");
			InProcessRun.run(report, quick, out.toAbsolutePath().getParent().resolve("jmh-results.json").toString());
			engineTwoThreads = InProcessRun.runEngineTwoThreads(report, quick);
		}

		if (!options.contains("--no-http")) {
			if (Files.isRegularFile(service)) {
				ServiceRun.run(report, service, corpus, quick, engineTwoThreads);
			}
			else {
				report.heading("Service");
				report.line("Skipped: no service jar at %s (build it with "
						+ "`mvn -B -q -pl service -am package -DskipTests`).", service);
			}
		}
		report.write(out);
		System.out.println();
		System.out.println("Written to " + out.toAbsolutePath());
		System.exit(0);
	}

	private static String option(List<String> options, String name, String fallback) {
		int at = options.indexOf(name);
		return (at >= 0 && at + 1 < options.size()) ? options.get(at + 1) : fallback;
	}

}
