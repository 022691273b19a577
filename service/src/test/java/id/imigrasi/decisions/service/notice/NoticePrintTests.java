package id.imigrasi.decisions.service.notice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The notice as the citizen gets it: the HTML shown in a real browser (Debian's headless
 * Chromium, through its own chromedriver, never Selenium Manager) and the PDF rendered to
 * an image, each checked to be a page with ink on it under the expected title (a pixel
 * check, not a snapshot). The images stay in {@code target/notice-print/} to be looked
 * at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticePrintTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path OUT = Path.of("target", "notice-print");

	/**
	 * Debian's Chromium is newer than Selenium's DevTools bindings; the warning says so
	 * on every start and is harmless (no DevTools API is used). A strong reference keeps
	 * the level.
	 */
	private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

	static {
		CDP_LOG.setLevel(Level.OFF);
		Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.OFF);
	}

	@LocalServerPort
	int port;

	private NoticeApi api;

	@BeforeEach
	void connect() throws IOException {
		this.api = new NoticeApi(this.port);
		Files.createDirectories(OUT);
	}

	@Test
	void shouldShowTheNoticeInABrowserAsAPageWithTextUnderItsTitle() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM
				+ ": the browser check of the notice is skipped (.ci/run installs chromium and chromium-driver)");
		Path page = OUT.resolve("notice-id.html").toAbsolutePath();
		Files.writeString(page, NoticeApi.text(notice("html")), StandardCharsets.UTF_8);
		Path profile = Files.createTempDirectory("notice-chromium");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=900,1200");
		ChromeDriver browser = new ChromeDriver(service, options);
		try {
			browser.get(page.toUri().toString());
			assertThat(browser.getTitle()).isEqualTo("Surat Pemberitahuan Keputusan Keimigrasian");
			byte[] screenshot = browser.getScreenshotAs(OutputType.BYTES);
			Files.write(OUT.resolve("notice-html-id.png"), screenshot);
			assertInkedPage(ImageIO.read(new ByteArrayInputStream(screenshot)));
		}
		finally {
			browser.quit();
			delete(profile);
		}
	}

	@Test
	void shouldPrintThePdfAsAPageWithTextUnderItsTitle() throws IOException {
		byte[] pdf = notice("pdf").body();
		Files.write(OUT.resolve("notice-id.pdf"), pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Surat Pemberitahuan Keputusan Keimigrasian");
			BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 96);
			ImageIO.write(first, "png", OUT.resolve("notice-pdf-id-page1.png").toFile());
			assertInkedPage(first);
		}
		assertThat(Printed.pdf(pdf)).contains("SURAT PEMBERITAHUAN KEPUTUSAN");
	}

	/** The README's departure, deferred and followed: its notice in Bahasa Indonesia. */
	private HttpResponse<byte[]> notice(String format) {
		JsonNode decision = this.api.decide("departure", NoticeApi.deferredDeparture(), NoticeApi.CALLER);
		String decisionId = decision.get("decisionId").asText();
		this.api.outcome(decisionId, "DEFER", "DEFER", NoticeApi.CALLER);
		HttpResponse<byte[]> notice = this.api.notice(decisionId, "format=" + format, NoticeApi.CALLER);
		assertThat(notice.statusCode()).isEqualTo(200);
		return notice;
	}

	/**
	 * A white page with dark text on it: some pixels dark, most light, and the dark ones
	 * spread from the top to below the middle (a heading and a body, not a stray line).
	 */
	static void assertInkedPage(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		long dark = 0;
		int firstDarkRow = -1;
		int lastDarkRow = -1;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB(x, y);
				int luminance = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
				if (luminance < 128) {
					dark++;
					lastDarkRow = y;
					if (firstDarkRow < 0) {
						firstDarkRow = y;
					}
				}
			}
		}
		double inked = (double) dark / ((long) width * height);
		assertThat(inked).as("share of dark pixels").isBetween(0.005, 0.30);
		assertThat(firstDarkRow).as("first row with ink").isLessThan(height / 5);
		assertThat(lastDarkRow).as("last row with ink").isGreaterThan(height / 2);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
