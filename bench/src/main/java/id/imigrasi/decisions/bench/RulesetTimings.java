package id.imigrasi.decisions.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Ruleset;

/**
 * How long the tables take to load and compile in-process: the embedded KJAR ruleset
 * (cold, this JVM's first Drools work), then the same workbooks compiled at run time as
 * an upload or reload does, first cold and then warm.
 */
final class RulesetTimings {

	private RulesetTimings() {
	}

	static Ruleset measure(Report report, int reloads) throws Exception {
		long start = System.nanoTime();
		Ruleset embedded = Ruleset.embedded();
		double embeddedMs = (System.nanoTime() - start) / 1e6;
		Map<String, byte[]> workbooks = embedded.workbooks();
		List<Double> compiles = new ArrayList<>();
		for (int i = 0; i <= reloads; i++) {
			long t = System.nanoTime();
			Ruleset compiled = Ruleset.compile("bench-" + i, workbooks);
			compiles.add((System.nanoTime() - t) / 1e6);
			if (compiled.info().rows().size() != embedded.info().rows().size()) {
				throw new IllegalStateException("run-time compile lost rows");
			}
		}
		List<Double> warm = new ArrayList<>(compiles.subList(1, compiles.size()));
		Collections.sort(warm);
		System.gc();
		Runtime rt = Runtime.getRuntime();
		report.line("| what | ms |");
		report.line("|---|---:|");
		report.line("| load the embedded KJAR ruleset (cold JVM: class loading, KieBase, workbooks read) | %.0f |",
				embeddedMs);
		report.line("| compile the workbooks at run time, first time (cold compiler) | %.0f |", compiles.get(0));
		report.line("| compile again, warm: median of %d | %.0f |", warm.size(), warm.get(warm.size() / 2));
		report.line("| compile again, warm: fastest / slowest | %.0f / %.0f |", warm.get(0), warm.get(warm.size() - 1));
		report.line("");
		report.line("Rows: %d; heap in use after a full GC with %d rulesets compiled: %d MiB",
				embedded.info().rows().size(), compiles.size() + 1,
				(rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
		return embedded;
	}

}
