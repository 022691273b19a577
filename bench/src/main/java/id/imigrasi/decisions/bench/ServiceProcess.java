package id.imigrasi.decisions.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * The packaged service started as its own process on a free loopback port, with the
 * benchmark's API keys and a throwaway data folder, timed from process start to readiness
 * UP. Always stopped again, by its own process handle.
 */
final class ServiceProcess implements AutoCloseable {

	private static final java.util.regex.Pattern STARTED = java.util.regex.Pattern
		.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	final int port;

	final double readyMillis;

	private final Process process;

	private final Path log;

	private ServiceProcess(Process process, int port, double readyMillis, Path log) {
		this.process = process;
		this.port = port;
		this.readyMillis = readyMillis;
		this.log = log;
	}

	/**
	 * Starts {@code java <jvmOptions> -jar jar} and waits (at most 120 s) for readiness.
	 */
	static ServiceProcess start(Path jar, List<String> jvmOptions, Path work, Map<String, String> env)
			throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		Path log = Files.createTempFile(work, "service-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(env);
		long start = System.nanoTime();
		Process process = builder.start();
		HttpClient client = HttpClient.newHttpClient();
		URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
		long deadline = start + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The service stopped during start; see " + log);
			}
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(1)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return new ServiceProcess(process, port, (System.nanoTime() - start) / 1e6, log);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(10);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The service was not ready within 120 s; see " + log);
	}

	/** Spring's own "Started ... in X seconds (process running for Y)", if logged. */
	String springStarted() throws IOException {
		Matcher matcher = STARTED.matcher(Files.readString(this.log));
		return matcher.find() ? "context " + matcher.group(1) + " s, process " + matcher.group(2) + " s" : "n/a";
	}

	/** Resident set size of the service process, MiB. */
	long rssMiB() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	/**
	 * CPU time (user + system, clock ticks of 10 ms) of the service's threads so far,
	 * summed by thread name without its number ({@code batch-evaluate-}, {@code GC
	 * Thread#}); Linux truncates the names to 15 characters.
	 */
	Map<String, Long> threadCpuTicks() throws IOException {
		Map<String, Long> ticks = new java.util.TreeMap<>();
		try (java.util.stream.Stream<Path> tasks = Files
			.list(Path.of("/proc", Long.toString(this.process.pid()), "task"))) {
			for (Path task : tasks.toList()) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+$", "");
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					// utime and stime: fields 14 and 15 of stat, 12 and 13 after the name
					ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
				}
				catch (IOException ex) {
					// the thread ended meanwhile
				}
			}
		}
		return ticks;
	}

	/**
	 * Heap in use as the service reports it (Prometheus endpoint, which needs a key),
	 * MiB.
	 */
	long heapUsedMiB(String apiKey) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"))
					.header("X-API-Key", apiKey)
					.build(), HttpResponse.BodyHandlers.ofString());
			double bytes = 0;
			for (String line : response.body().split("\n")) {
				if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
					bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			return (long) (bytes / (1024 * 1024));
		}
		catch (Exception ex) {
			return -1;
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
