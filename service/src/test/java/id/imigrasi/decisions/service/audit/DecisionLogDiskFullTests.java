package id.imigrasi.decisions.service.audit;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision log on a disk that fills up and is freed again (issue 20), with the fault
 * injected under the connection pool as H2 lives it ({@link FullDisk}): a decision is
 * refused at once (503) while the disk is full, readiness goes DOWN while liveness stays
 * UP, an answered decision reads back or answers 503 but never 500, and once space
 * returns the service takes decisions again by itself, with nothing lost.
 *
 * <p>
 * Starts an application of its own rather than joining the shared test context: its
 * connection pool stands on a broken disk, which no other test may share.
 * {@link DecisionLogOnAFullFileSystemTests} does the same on a real full file system
 * where one can be mounted.
 */
class DecisionLogDiskFullTests {

	@TempDir
	static Path dataDir;

	private static RunningService service;

	private static FullDisk disk;

	@BeforeAll
	static void start() {
		service = RunningService.start(dataDir, List.of(FullDisk.class));
		disk = service.bean(FullDisk.class);
	}

	@AfterAll
	static void stop() {
		service.close();
	}

	@Test
	void shouldRefuseDecisionsWhileTheDiskIsFullAndRecoverByItselfWhenSpaceReturns() {
		HttpResponse<String> before = service.decide("3212015505010002");
		String answered = RunningService.json(before).get("decisionId").asText();
		assertThat(before.statusCode()).isEqualTo(200);

		disk.fill();
		HttpResponse<String> first = service.decide("3212015505010003");
		assertProblem(first, 503, "decision-log-unavailable");
		assertThat(first.body()).doesNotContain("decisionId");
		RunningService.await(Duration.ofSeconds(5), "readiness DOWN while the disk is full",
				() -> service.probe("readiness").statusCode() == 503);
		assertThat(service.probe("liveness").statusCode()).isEqualTo(200);

		// While the log cannot write, a decision is refused at once, without a try.
		int refused = disk.refusedWrites();
		long start = System.nanoTime();
		assertProblem(service.decide("3212015505010004"), 503, "decision-log-unavailable");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		// An answered decision reads back, or the read says 503: never a 500.
		HttpResponse<String> read = service.get("/api/v1/decisions/" + answered);
		assertThat(read.statusCode()).isIn(200, 503);
		if (read.statusCode() == 503) {
			assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		}
		assertThat(service.audit("/api/v1/decisions/search", "{\"nik\":\"3212015505010002\"}").statusCode()).isIn(200,
				503);
		assertThat(service.audit("/api/v1/decisions/" + answered + "/replay", "").statusCode()).isIn(200, 503);
		assertThat(disk.refusedWrites() - refused).as("writes tried while the log was known DOWN")
			.isLessThanOrEqualTo(3);

		disk.free();
		RunningService.await(Duration.ofSeconds(15), "readiness UP once space returned",
				() -> service.probe("readiness").statusCode() == 200);
		HttpResponse<String> after = service.decide("3212015505010005");
		HttpResponse<String> again = service.get("/api/v1/decisions/" + answered);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(before.body());
	}

	static void assertProblem(HttpResponse<String> response, int status, String kind) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(RunningService.json(response).get("type").asText()).endsWith(":" + kind);
	}

}
