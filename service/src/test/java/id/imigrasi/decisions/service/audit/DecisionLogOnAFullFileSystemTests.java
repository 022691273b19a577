package id.imigrasi.decisions.service.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision log on a real file system that fills up (issue 20): the data folder is a
 * 16 MB tmpfs, filled to the last byte once the service runs, then freed. Mounting needs
 * root on Linux (as {@code .ci/run} has); elsewhere the test is skipped with a message
 * saying so, and {@link DecisionLogDiskFullTests} covers the same behaviour with the
 * fault injected.
 *
 * <p>
 * Starts an application of its own: its data folder is the small file system.
 */
class DecisionLogOnAFullFileSystemTests {

	@TempDir
	static Path parent;

	private static Path mount;

	private static RunningService service;

	@BeforeAll
	static void mountASmallFileSystem() throws Exception {
		mount = Files.createDirectory(parent.resolve("tmpfs"));
		String refused = run("mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", mount.toString());
		if (refused != null) {
			String message = "Full-disk test on a real file system SKIPPED: cannot mount a tmpfs here (" + refused
					+ "); it needs root on Linux. DecisionLogDiskFullTests covers it with an injected fault.";
			System.err.println(message);
			Assumptions.abort(message);
		}
		service = RunningService.start(mount, List.of());
	}

	@AfterAll
	static void unmount() throws Exception {
		if (service != null) {
			service.close();
		}
		if (mount != null) {
			run("umount", mount.toString());
		}
	}

	@Test
	void shouldRefuseDecisionsWhileTheFileSystemIsFullAndRecoverWhenItIsFreed() throws Exception {
		List<HttpResponse<String>> answered = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			answered.add(service.decide("321201550501000" + i));
		}
		assertThat(answered).allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(200));

		Path filler = fill(mount);
		HttpResponse<String> refused = null;
		for (int i = 0; i < 50 && refused == null; i++) {
			HttpResponse<String> response = service.decide("3212015505011" + String.format("%03d", i));
			if (response.statusCode() == 200) {
				answered.add(response);
			}
			else {
				refused = response;
			}
		}
		assertThat(refused).as("a decision refused on the full file system").isNotNull();
		DecisionLogDiskFullTests.assertProblem(refused, 503, "decision-log-unavailable");
		RunningService.await(Duration.ofSeconds(5), "readiness DOWN while the file system is full",
				() -> service.probe("readiness").statusCode() == 503);
		assertThat(service.probe("liveness").statusCode()).isEqualTo(200);
		for (HttpResponse<String> decision : answered) {
			assertThat(service.get("/api/v1/decisions/" + id(decision)).statusCode()).isIn(200, 503);
		}

		Files.delete(filler);
		RunningService.await(Duration.ofSeconds(15), "readiness UP once the file system has room again",
				() -> service.probe("readiness").statusCode() == 200);
		assertThat(service.decide("3212015505019999").statusCode()).isEqualTo(200);
		for (HttpResponse<String> decision : answered) {
			HttpResponse<String> read = service.get("/api/v1/decisions/" + id(decision));
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.body()).isEqualTo(decision.body());
		}
	}

	private static String id(HttpResponse<String> decision) {
		return RunningService.json(decision).get("decisionId").asText();
	}

	/** Writes until the file system has no byte left. */
	private static Path fill(Path folder) throws IOException {
		Path filler = folder.resolve("filler");
		byte[] block = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(block);
			}
		}
		catch (IOException full) {
			// No space left: what the test wants.
		}
		try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
			for (int i = 0; i < 64 * 1024; i++) {
				out.write(0);
				out.flush();
			}
		}
		catch (IOException full) {
			// The last bytes too.
		}
		return filler;
	}

	/** Runs a command; null if it succeeded, else why not. */
	private static String run(String... command) throws InterruptedException {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return command[0] + " did not finish";
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (process.exitValue() == 0) ? null : command[0] + " exit " + process.exitValue() + ": " + output;
		}
		catch (IOException ex) {
			return command[0] + ": " + ex.getMessage();
		}
	}

}
