package id.imigrasi.decisions.service.scenario;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The run as plain text for a terminal: PASS or FAIL per scenario; for a failure the
 * differences and the whole explanation; then the problems in the files, the counts per
 * folder and the row coverage. The last line is {@code N passed, N failed}.
 */
final class TextReport {

	private TextReport() {
	}

	static void print(ScenarioRun run, PrintStream out) {
		out.println("Skenario dari " + run.source() + " dengan aturan versi " + run.ruleset().version() + " (sha256 "
				+ run.ruleset().sha256().substring(0, 12) + ")");
		out.println();
		for (ScenarioResult result : run.results()) {
			printResult(result, out);
		}
		if (!run.problems().isEmpty()) {
			out.println();
			out.println("Masalah pada berkas skenario (" + run.problems().size() + "), skenario ini tidak dijalankan:");
			for (ScenarioProblem problem : run.problems()) {
				out.println("  " + problem);
			}
		}
		out.println();
		out.println("Skenario per folder:");
		for (Map.Entry<String, Integer> folder : run.countsByFolder().entrySet()) {
			out.printf("  %-40s %3d%n", folder.getKey(), folder.getValue());
		}
		printCoverage(run.coverage(), out);
		out.println();
		out.println(run.passed() ? "HASIL: SEMUA LULUS (all passed)" : "HASIL: ADA YANG GAGAL (failures)");
		out.println(run.passedCount() + " passed, " + (run.failedCount() + run.problems().size()) + " failed");
	}

	static void printResult(ScenarioResult result, PrintStream out) {
		Scenario scenario = result.scenario();
		out.println((result.passed() ? "PASS  " : "FAIL  ") + scenario.displayName());
		if (result.passed()) {
			return;
		}
		out.println("      berkas " + scenario.file() + ":" + scenario.line());
		out.println("      Perbedaan (expected vs actual):");
		for (Mismatch mismatch : result.mismatches()) {
			out.println("        - " + mismatch);
		}
		out.println("      Penjelasan mesin (explanation):");
		for (Explanation.Line line : Explanation.of(result.decision())) {
			out.println("        " + "  ".repeat(line.depth()) + line.text());
		}
	}

	private static void printCoverage(Coverage coverage, PrintStream out) {
		out.println();
		out.println("Cakupan baris tabel keputusan (row coverage): " + coverage.reachedCount() + " dari "
				+ coverage.rows().size() + " baris, " + coverage.percent() + " %");
		for (Coverage.RowCoverage row : coverage.rows()) {
			List<String> ids = row.scenarioIds();
			String reached = row.reached() ? "(" + ids.size() + ") "
					+ String.join(", ", ids.subList(0, Math.min(ids.size(), 5))) + ((ids.size() > 5) ? ", ..." : "")
					: "TIDAK TERCAPAI (no scenario reaches this row)";
			out.printf("  %s %-7s %-52s %s%n", row.reached() ? " " : "!", row.row().ruleId(), row.row().source(),
					reached);
		}
	}

}
