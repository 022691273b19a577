package id.imigrasi.decisions.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import id.imigrasi.decisions.engine.Properties;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.PropertyResult;
import id.imigrasi.decisions.engine.Ruleset;

/**
 * The whole property check of SPEC 2.7 (the six shipped properties, every service, every
 * class of legal dates) on one set of tables: the first run in this JVM, then warm runs;
 * per run the classes of cases decided, the combinations of facts they stand for, and the
 * time. Target: under 60 s on the 2-core machine (issue 14). The tables are the frozen
 * copy unless {@code --tables DIR} names others (e.g. {@code decision-tables/}).
 */
final class PropertyRun {

	private static final Duration BUDGET = Duration.ofSeconds(300);

	private PropertyRun() {
	}

	static void run(Report report, Path tables, int warmRuns) throws Exception {
		Map<String, byte[]> workbooks = (tables != null) ? read(tables) : FrozenTables.workbooks();
		String name = (tables != null) ? tables.toString() : "the frozen tables";
		Ruleset ruleset = Ruleset.compile("bench-properties", workbooks);
		report.line("Tables: %s. Budget %d s per run.", name, BUDGET.toSeconds());
		report.line("");
		report.line("| run | classes of cases decided | combinations they stand for | seconds |");
		report.line("|---|---:|---:|---:|");
		List<Double> warm = new ArrayList<>();
		PropertyReport last = null;
		for (int run = 0; run <= warmRuns; run++) {
			PropertyReport result = Properties.check(ruleset, Map.of(), BUDGET);
			double seconds = result.elapsed().toMillis() / 1000.0;
			if (run > 0) {
				warm.add(seconds);
			}
			report.line("| %s | %,d | %.3g | %.2f |", (run == 0) ? "first in this JVM" : "warm " + run, result.cases(),
					result.combinations(), seconds);
			last = result;
		}
		report.line("");
		report.line("| property | result | classes of cases | seconds (last run) |");
		report.line("|---|---|---:|---:|");
		for (PropertyResult result : last.results()) {
			report.line("| %s | %s | %,d | %.2f |", result.id(), result.status(), result.cases(),
					result.elapsed().toMillis() / 1000.0);
		}
		report.line("");
		report.line("Counterexamples found: %d; median warm run %.2f s.", last.counterexamples().size(),
				warm.isEmpty() ? 0 : warm.stream().sorted().toList().get(warm.size() / 2));
	}

	private static Map<String, byte[]> read(Path folder) throws IOException {
		Map<String, byte[]> workbooks = new TreeMap<>();
		try (Stream<Path> files = java.nio.file.Files.list(folder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".xlsx")).toList()) {
				workbooks.put(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
			}
		}
		return workbooks;
	}

}
