package id.imigrasi.decisions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The machine, JVM and date a run was made on, for RESULTS.md. */
final class Machine {

	private Machine() {
	}

	static void describe(Report report, String command) {
		report.line("- date (UTC): %s", Instant.now().toString());
		report.line("- command: `%s`", command);
		report.line("- CPU: %s, %d cores visible to the JVM (machine shared with other builds)", cpuModel(),
				Runtime.getRuntime().availableProcessors());
		report.line("- memory: %s", memTotal());
		report.line("- JVM: %s %s (%s), os %s %s", System.getProperty("java.vm.name"),
				System.getProperty("java.vm.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
				System.getProperty("os.version"));
		report.line("- load average at start: %s", firstLine("/proc/loadavg"));
	}

	private static String cpuModel() {
		for (String line : lines("/proc/cpuinfo")) {
			if (line.startsWith("model name")) {
				return line.substring(line.indexOf(':') + 1).strip();
			}
		}
		return "unknown";
	}

	private static String memTotal() {
		for (String line : lines("/proc/meminfo")) {
			if (line.startsWith("MemTotal")) {
				long kb = Long.parseLong(line.replaceAll("\\D", ""));
				return String.format("%.1f GiB total", kb / 1024.0 / 1024.0);
			}
		}
		return "unknown";
	}

	private static String firstLine(String file) {
		List<String> lines = lines(file);
		return lines.isEmpty() ? "unknown" : lines.get(0);
	}

	private static List<String> lines(String file) {
		try {
			return Files.readAllLines(Path.of(file));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
