package id.imigrasi.decisions.service.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads as an attacker sends them (issue 20): a workbook of hundreds of thousands of
 * empty cells, a zip bomb, parts named {@code .} or {@code ..}, a label that is a staging
 * folder. Each is a small 4xx problem at once, the active version is unchanged, and
 * nothing is left on disk. Only refused uploads here: the context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileUploadTests {

	private static final String ADMIN = "test-admin-key";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Value("${decisions.data-dir}")
	Path dataDir;

	@Test
	void shouldRefuseACellBombAtOnceWithoutTouchingTheActiveVersion() throws Exception {
		String before = activeVersion();
		Map<String, byte[]> workbooks = Workbooks.committed();
		workbooks.put("departure.drl.xlsx",
				withSheet(workbooks.get("departure.drl.xlsx"), "xl/worksheets/sheet2.xml", 1_500, 200));

		long start = System.nanoTime();
		HttpResponse<String> refused = upload("cell-bomb-" + UUID.randomUUID(), parts(workbooks, Map.of()));
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		JsonNode problem = assertRefused(refused, 422);
		assertThat(problem.at("/errors/0/code").asText()).isEqualTo("TOO_LARGE");
		assertThat(problem.at("/errors/0/location").asText()).isEqualTo("departure.drl.xlsx!Petunjuk");
		assertThat(problem.at("/errors/0/messageId").asText()).contains("sel");
		assertThat(took).isLessThan(Duration.ofSeconds(10));
		assertThat(activeVersion()).isEqualTo(before);
		assertNothingStaged();
	}

	@Test
	void shouldRefuseAZipBomb() throws Exception {
		Map<String, byte[]> workbooks = Workbooks.committed();
		workbooks.put("lists.xlsx", withPart(workbooks.get("lists.xlsx"), "xl/media/zeros.bin", 50 * 1024 * 1024));

		JsonNode problem = assertRefused(upload("zip-bomb-" + UUID.randomUUID(), parts(workbooks, Map.of())), 422);

		assertThat(problem.at("/errors/0/code").asText()).isEqualTo("ZIP_BOMB");
		assertThat(problem.at("/errors/0/location").asText()).isEqualTo("lists.xlsx");
		assertNothingStaged();
	}

	@ParameterizedTest(name = "scenario part named ''{0}''")
	@ValueSource(strings = { ".", "..", "", "../escape.yaml", "sub/pack.yaml", "..\\pack.yaml", "pack.txt" })
	void shouldRefuseAScenarioPartWithoutAPlainFileName(String name) throws Exception {
		byte[] pack = "id: X\n".getBytes(StandardCharsets.UTF_8);

		JsonNode problem = assertRefused(
				upload("bad-name-" + UUID.randomUUID(), parts(Workbooks.committed(), Map.of(name, pack))), 422);

		assertThat(problem.get("errors").findValuesAsText("code")).containsExactly("BAD_FILE_NAME");
		assertNothingStaged();
	}

	@ParameterizedTest(name = "workbook part named ''{0}''")
	@ValueSource(strings = { ".", "..", "", "../lists.xlsx", "tables/lists.xlsx" })
	void shouldRefuseAWorkbookPartWithoutAPlainFileName(String name) throws Exception {
		List<Part> parts = parts(Workbooks.committed(), Map.of());
		parts.add(new Part("workbook", name, Workbooks.committed().get("lists.xlsx")));

		JsonNode problem = assertRefused(upload("bad-name-" + UUID.randomUUID(), parts), 422);

		assertThat(problem.get("errors").findValuesAsText("code")).contains("NOT_A_WORKBOOK");
		assertThat(problem.toString()).doesNotContain("../").doesNotContain("tables/");
		assertNothingStaged();
	}

	@Test
	void shouldRefuseTwoPartsOfOneName() throws Exception {
		List<Part> parts = parts(Workbooks.committed(), Map.of());
		parts.add(new Part("workbook", "lists.xlsx", Workbooks.committed().get("lists.xlsx")));

		JsonNode problem = assertRefused(upload("twice-" + UUID.randomUUID(), parts), 422);

		assertThat(problem.get("errors").findValuesAsText("code")).containsExactly("BAD_FILE_NAME");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ".upload-123", "-x", "3212015505010002x", "a%20b", "%2e%2e", "..", "." })
	void shouldNeverFailToActivateAStrangeLabel(String label) throws Exception {
		Files.createDirectories(this.dataDir.resolve("rulesets").resolve(".upload-123"));
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/rulesets/" + label + "/activate"))
			.header("X-API-Key", ADMIN)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).doesNotContain("3212015505010002");
		Files.deleteIfExists(this.dataDir.resolve("rulesets").resolve(".upload-123"));
	}

	private void assertNothingStaged() throws IOException {
		Path rulesets = this.dataDir.resolve("rulesets");
		if (Files.isDirectory(rulesets)) {
			try (Stream<Path> kept = Files.list(rulesets)) {
				assertThat(kept.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.startsWith(".upload-")
						|| name.startsWith("cell-bomb") || name.startsWith("zip-bomb") || name.startsWith("bad-name"));
			}
		}
	}

	private static JsonNode assertRefused(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body().length()).isLessThan(20_000);
		return JSON.readTree(response.body());
	}

	private String activeVersion() throws Exception {
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/ruleset"))
				.header("X-API-Key", ADMIN)
				.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).get("version").asText();
	}

	record Part(String name, String fileName, byte[] content) {
	}

	private static List<Part> parts(Map<String, byte[]> workbooks, Map<String, byte[]> scenarios) {
		List<Part> parts = new ArrayList<>();
		workbooks.forEach((name, bytes) -> parts.add(new Part("workbook", name, bytes)));
		scenarios.forEach((name, bytes) -> parts.add(new Part("scenario", name, bytes)));
		return parts;
	}

	/** A multipart body written by hand, so that every file name goes out as given. */
	private HttpResponse<String> upload(String version, List<Part> parts) throws Exception {
		String boundary = "----hostile" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name()
					+ "\"; filename=\"" + part.fileName().replace("\\", "\\\\")
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(part.content());
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version
				+ "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/rulesets"))
			.header("X-API-Key", ADMIN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The workbook with one sheet replaced by {@code rows} rows of {@code cells} cells.
	 */
	private static byte[] withSheet(byte[] workbook, String part, int rows, int cells) throws IOException {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 1; r <= rows; r++) {
			xml.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < cells; c++) {
				xml.append("<c r=\"").append(column(c)).append(r).append("\"/>");
			}
			xml.append("</row>");
		}
		xml.append("</sheetData></worksheet>");
		return rewrite(workbook, part, xml.toString().getBytes(StandardCharsets.UTF_8), null, 0);
	}

	private static byte[] withPart(byte[] workbook, String part, int zeros) throws IOException {
		return rewrite(workbook, null, null, part, zeros);
	}

	private static byte[] rewrite(byte[] workbook, String replaced, byte[] content, String added, int zeros)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(replaced) ? content : in.readAllBytes());
				out.closeEntry();
			}
			if (added != null) {
				out.putNextEntry(new ZipEntry(added));
				out.write(new byte[zeros]);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

}
