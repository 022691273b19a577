package id.imigrasi.decisions.service.console;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.imigrasi.decisions.service.audit.AccessLog;
import id.imigrasi.decisions.service.contract.RequestReaderTest;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.ruleset.RulesetLifecycle;
import id.imigrasi.decisions.service.ruleset.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (headless Chromium and ChromeDriver from Debian's
 * packages, no Selenium Manager): each role signs in and sees its pages; a trainer tries
 * a case, saves it as a scenario and runs it; a policy officer drops a broken set and
 * reads its cell errors, then checks, activates and rolls back a good one; an auditor
 * finds a decision with a stated purpose, opens and replays it, and reads the criteria.
 * Every page is photographed into {@code target/console-screenshots/} and checked not to
 * be blank.
 *
 * <p>
 * Runs in the context the service's HTTP tests share; a version it activates is rolled
 * back, and the built-in ruleset is active again after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "chromiumInstalled",
		disabledReason = "Chromium and ChromeDriver are not installed at /usr/bin/chromium and /usr/bin/chromedriver "
				+ "(apt-get install chromium chromium-driver; .ci/run installs them)")
class ConsoleBrowserTests {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final String BUILTIN = "builtin-2.0.0";

	/** Labels unique to the run: kept versions outlive it in target/test-data. */
	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	/** Debian's Chromium is newer than Selenium's CDP bindings; harmless, and quiet. */
	private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ChromeDriver browser;

	private static Path profile;

	private static Path downloads;

	@LocalServerPort
	int port;

	@Autowired
	ActiveRuleset active;

	@Autowired
	AccessLog accessLog;

	static boolean chromiumInstalled() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		CDP_LOG.setLevel(Level.OFF);
		profile = Files.createTempDirectory("console-chromium-profile");
		downloads = Files.createTempDirectory("console-downloads");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1366,768", "--lang=id");
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		browser = new ChromeDriver(service, options);
		// The page itself 1366 x 768, as on the officers' screens.
		Long chrome = (Long) ((JavascriptExecutor) browser)
			.executeScript("return window.outerHeight - window.innerHeight;");
		browser.manage().window().setSize(new Dimension(1366, 768 + chrome.intValue()));
	}

	@AfterAll
	static void stopBrowserAndActivateTheBuiltinVersionAgain(@Autowired RulesetLifecycle lifecycle) throws IOException {
		if (browser != null) {
			browser.quit();
		}
		delete(profile);
		delete(downloads);
		lifecycle.activate(BUILTIN, "test");
	}

	@Test
	@Order(1)
	void shouldSignInWithEachRoleAndSeeOnlyItsPages() {
		open("/console/try");
		assertThat(browser.getCurrentUrl()).contains("/console/sign-in");
		shot("sign-in");
		Map<String, List<String>> pages = Map.of(ConsoleClient.CALLER, List.of("try", "scenarios"),
				ConsoleClient.AUDITOR, List.of("try", "scenarios", "criteria", "decisions"), ConsoleClient.ADMIN,
				List.of("try", "scenarios", "rulesets", "criteria", "decisions"));
		for (String key : List.of(ConsoleClient.CALLER, ConsoleClient.AUDITOR, ConsoleClient.ADMIN)) {
			signIn(key);
			open("/console");
			for (String page : List.of("try", "scenarios", "rulesets", "criteria", "decisions")) {
				assertThat(browser.findElements(By.id("nav-" + page))).as(key + " " + page)
					.hasSize(pages.get(key).contains(page) ? 1 : 0);
			}
			assertThat(browser.getPageSource()).doesNotContain(key);
		}
		shot("home");
		signIn(ConsoleClient.CALLER);
		open("/console/rulesets");
		assertThat(text("denied")).contains("Kunci ini tidak berhak").contains("This key may not");
		shot("denied");
	}

	@Test
	@Order(2)
	void shouldTryACaseAndSeeTheFindingAndTheCellItComesFrom() {
		signIn(ConsoleClient.CALLER);
		open("/console/try?service=departure");
		click("evaluate");
		waitFor("answer");

		assertThat(text("recommendation")).contains("DEFER");
		assertThat(text("finding-DC-010")).contains("departure.drl.xlsx!").contains("menentukan");
		assertThat(text("referral-POLRI")).contains("IMMEDIATE");
		shot("try");

		// From a scenario of the packs, into the other service.
		new Select(browser.findElement(By.id("service-choice"))).selectByValue("passport-application");
		click("prefill");
		waitFor("f-applicationId");
		click("evaluate");
		waitFor("answer");
		assertThat(browser.findElements(By.cssSelector("tr[id^='finding-PA-'] small.cell")))
			.anySatisfy((cell) -> assertThat(cell.getText()).startsWith("passport-application.drl.xlsx!"));

		// A mistake is shown at its field, bilingual, and nothing is evaluated.
		WebElement nik = browser.findElement(By.id("f-person.nik"));
		nik.clear();
		nik.sendKeys("12345");
		click("evaluate");
		waitFor("problems");
		assertThat(text("problems")).contains("melanggar kontrak")
			.contains("breaks the contract")
			.contains("$.person.nik");
		assertThat(browser.findElements(By.id("answer"))).isEmpty();
		shot("try-problem");
	}

	@Test
	@Order(3)
	void shouldSaveACaseAsAScenarioAndRunItAndTheShippedPacks() throws Exception {
		signIn(ConsoleClient.CALLER);
		open("/console/try?service=departure");
		click("evaluate");
		waitFor("answer");
		browser.findElement(By.id("scenario-id")).sendKeys("KONSOL-UJI-" + RUN);
		browser.findElement(By.id("scenario-title")).sendKeys("Calon PMI berkedok umrah harus ditunda");
		browser.findElement(By.id("scenario-story")).sendKeys("Perempuan 24 tahun; tiketnya dibelikan sponsor.");
		// A download: the page stays.
		browser.findElement(By.id("save-scenario")).click();
		Path saved = downloads.resolve("KONSOL-UJI-" + RUN + ".yaml");
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((b) -> Files.exists(saved));
		assertThat(Files.readString(saved)).contains("recommendation: DEFER").contains("Perempuan 24 tahun");

		open("/console/scenarios");
		browser.findElement(By.id("pack-files")).sendKeys(saved.toString());
		click("run-upload-button");
		waitFor("run");
		assertThat(text("verdict")).contains("SEMUA LULUS");
		assertThat(text("scenario-KONSOL-UJI-" + RUN)).contains("PASS");

		open("/console/scenarios");
		click("run-shipped-button");
		waitFor("run");
		assertThat(text("verdict")).contains("SEMUA LULUS");
		assertThat(text("counts")).contains("0 gagal");
		assertThat(browser.findElements(By.cssSelector("table.coverage tbody tr"))).hasSizeGreaterThan(30);
		assertThat(text("coverage")).contains("Cakupan");
		shot("scenarios");
	}

	@Test
	@Order(4)
	void shouldShowTheCellErrorsOfABrokenSetInBothLanguagesAndActivateNothing() {
		signIn(ConsoleClient.ADMIN);
		Path folder = downloads.resolve("broken");
		List<Path> broken = ConsoleWorkbooks.write(folder,
				Workbooks.withCell("departure.drl.xlsx", "DC-011", "Outcome", "DEFFER"));

		check(broken, "v-broken-" + RUN, "Salah ketik; jangan diaktifkan");

		waitFor("refused");
		assertThat(text("refused")).contains("departure.drl.xlsx!")
			.contains("DEFFER")
			.contains("tidak dapat diaktifkan")
			.contains("cannot be activated");
		assertThat(browser.findElements(By.id("candidate"))).isEmpty();
		assertThat(this.active.engine().ruleset().info().version()).isEqualTo(BUILTIN);
		shot("rulesets-refused");

		// Not a workbook, and half a set: each refused in both languages.
		Path notes = ConsoleWorkbooks
			.write(downloads.resolve("notes"), Map.of("catatan.txt", "bukan buku kerja".getBytes()))
			.get(0);
		check(List.of(notes), "v-notes-" + RUN, "");
		waitFor("refused");
		assertThat(text("refused")).contains("NOT_A_WORKBOOK")
			.contains("Hanya buku kerja Excel")
			.contains("Only Excel");
		List<Path> half = ConsoleWorkbooks.write(downloads.resolve("half"),
				Workbooks.committed()
					.entrySet()
					.stream()
					.filter((e) -> e.getKey().startsWith("departure") || e.getKey().startsWith("lists"))
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		check(half, "v-half-" + RUN, "");
		waitFor("refused");
		assertThat(text("refused")).contains("seluruh buku kerja").contains("complete set of workbooks");
		assertThat(this.active.engine().ruleset().info().version()).isEqualTo(BUILTIN);
	}

	@Test
	@Order(5)
	void shouldCheckAGoodSetReadItsImpactActivateItAndRollBack() throws Exception {
		// Until the legal revision of the tables lands (issue 13), the committed set
		// breaks shipped properties: the check shows why, and the activation waits.
		// At least one decision in the log for the impact report to read again.
		decide("32" + ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L));
		signIn(ConsoleClient.ADMIN);
		String version = "v-konsol-" + RUN;
		String comment = "Revisi uji; PA-010 hanya DISNAKER; tanpa perubahan sel";
		List<Path> good = ConsoleWorkbooks.write(downloads.resolve("good"), Workbooks.committed());

		check(good, version, comment);
		waitFor("candidate");
		assertThat(text("candidate-version")).isEqualTo(version);
		assertThat(text("candidate-comment")).isEqualTo(comment);
		// The shared log holds what other tests decided under other versions too: the
		// counts are theirs; the decision just made is among those read.
		Matcher read = Pattern.compile("(\\d+) dibaca").matcher(text("impact-totals"));
		assertThat(read.find()).as(text("impact-totals")).isTrue();
		assertThat(Long.parseLong(read.group(1))).isPositive();
		assertThat(text("impact-checks")).contains("akan diterima");
		assertThat(this.active.engine().ruleset().info().version()).as("a check activates nothing").isEqualTo(BUILTIN);
		shot("rulesets-check");

		click("activate-candidate");
		waitFor("activated");
		assertThat(this.active.engine().ruleset().info().version()).isEqualTo(version);
		assertThat(text("active-version")).isEqualTo(version);
		assertThat(text("version-" + version)).contains(comment).contains("admin-1");

		// The same label again: refused, bilingual, nothing lost.
		check(good, version, "lagi");
		waitFor("refused");
		assertThat(text("refused")).contains("VERSION_EXISTS").contains("sudah ada").contains("exists already");
		assertThat(this.active.engine().ruleset().info().version()).isEqualTo(version);

		click("activate-" + BUILTIN);
		waitFor("activated");
		assertThat(this.active.engine().ruleset().info().version()).isEqualTo(BUILTIN);
		assertThat(text("version-" + BUILTIN)).contains("admin-1");
		shot("rulesets");
	}

	@Test
	@Order(6)
	void shouldFindADecisionWithAStatedPurposeOpenAndReplayIt() throws Exception {
		String nik = "32" + ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L);
		String decisionId = decide(nik);
		String purpose = "Keberatan uji " + RUN;
		signIn(ConsoleClient.AUDITOR);
		open("/console/decisions");
		browser.findElement(By.id("nik")).sendKeys(nik);
		browser.findElement(By.id("purpose")).sendKeys(purpose);
		click("search");
		waitFor("results");

		assertThat(browser.getCurrentUrl()).doesNotContain(nik);
		assertThat(browser.findElements(By.cssSelector("tr.found"))).hasSize(1);
		assertThat(this.accessLog.page(0, 50).entries()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo(AccessLog.SEARCH);
			assertThat(entry.purpose()).isEqualTo(purpose);
			assertThat(entry.accessor()).isEqualTo("auditor-1");
		});
		shot("decisions");

		browser.findElement(By.cssSelector("a.decision-link")).click();
		waitFor("outcome");
		assertThat(text("recommendation")).contains("DEFER");
		assertThat(text("outcome")).contains("FOLLOWED");
		click("replay");
		waitFor("replay-result");
		assertThat(text("replay-identical")).contains("identik").contains("identical");
		shot("decision");
		// Printable: the browser prints the page (menus and buttons left out by the print
		// style) to an A4 PDF.
		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		byte[] printed = Base64.getDecoder().decode(((PrintsPage) browser).print(a4).getContent());
		assertThat(new String(printed, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(printed.length).isGreaterThan(10_000);

		open(browser.findElement(By.id("notice-id-html")).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
		// The notice of the deferral the officer followed, as GET
		// /api/v1/decisions/{id}/notice answers it (outside the console's pages); on a
		// service without that endpoint, a console page saying so.
		if (browser.findElements(By.id("nav-try")).isEmpty()) {
			assertThat(browser.getPageSource()).as(decisionId).containsIgnoringCase("keberatan");
		}
		else {
			assertThat(text("notice-absent")).contains("belum tersedia").contains("not available");
		}

		// A search without a purpose is not run, and says why in both languages.
		open("/console/decisions");
		browser.findElement(By.id("nik")).sendKeys(nik);
		((JavascriptExecutor) browser).executeScript("document.getElementById('purpose').removeAttribute('required')");
		click("search");
		waitFor("search-problems");
		assertThat(text("search-problems")).contains("tidak ada yang dicari").contains("nothing was searched");
	}

	@Test
	@Order(7)
	void shouldShowCriteriaStatisticsSortableWithAChartPerRow() {
		signIn(ConsoleClient.AUDITOR);
		open("/console/criteria");
		waitFor("criteria");
		assertThat(browser.findElements(By.cssSelector("#criteria tbody tr"))).hasSizeGreaterThan(30);
		assertThat(browser.findElements(By.cssSelector("#criteria svg.spark rect.bar"))).isNotEmpty();

		click("sort-hits");
		click("sort-hits");
		assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"))
			.isEqualTo("descending");
		List<Long> hits = browser.findElements(By.cssSelector("#criteria tbody tr td:nth-child(5)"))
			.stream()
			.map((cell) -> Long.parseLong(cell.getText().strip()))
			.toList();
		assertThat(hits).isSortedAccordingTo(Comparator.reverseOrder());
		// The decision of the search test hit DC-010 today, and its outcome followed it.
		assertThat(Long.parseLong(browser.findElement(By.cssSelector("#criterion-DC-010 td:nth-child(5)")).getText()))
			.isPositive();
		shot("criteria");
	}

	@Test
	@Order(8)
	void shouldSwitchToEnglishAndSendAnEndedSessionBackToSignIn() {
		signIn(ConsoleClient.AUDITOR);
		open("/console/try");
		click("lang-switch");
		waitFor("case-form");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Try a case");
		click("lang-switch");
		waitFor("case-form");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Coba kasus");

		Cookie session = browser.manage().getCookieNamed("JSESSIONID");
		browser.manage().deleteCookieNamed("JSESSIONID");
		browser.manage().addCookie(new Cookie("JSESSIONID", "ended" + session.getValue(), "/"));
		open("/console/criteria");
		waitFor("expired");
		assertThat(text("expired")).contains("Sesi Anda telah berakhir").contains("Your session has ended");
		shot("expired");
	}

	/**
	 * A departure decided through the API as a calling system would, with its outcome.
	 */
	private String decide(String nik) throws Exception {
		ObjectNode request = RequestReaderTest.example("departure");
		((ObjectNode) request.get("person")).put("nik", nik);
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> decided = http
			.send(api("/api/v1/decisions/departure").POST(HttpRequest.BodyPublishers.ofString(request.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
		String decisionId = JSON.readTree(decided.body()).get("decisionId").asText();
		JsonNode outcome = JSON.createObjectNode()
			.put("action", "FOLLOWED")
			.put("finalDecision", "DEFER")
			.put("officer", "cgk-officer-7");
		HttpResponse<String> recorded = http.send(api("/api/v1/decisions/" + decisionId + "/outcome")
			.POST(HttpRequest.BodyPublishers.ofString(outcome.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		return decisionId;
	}

	private HttpRequest.Builder api(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-API-Key", ConsoleClient.CALLER)
			.header("Content-Type", "application/json");
	}

	private void check(List<Path> files, String version, String comment) {
		open("/console/rulesets");
		browser.findElement(By.id("workbooks"))
			.sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
		WebElement label = browser.findElement(By.id("version"));
		label.clear();
		label.sendKeys(version);
		WebElement why = browser.findElement(By.id("comment"));
		why.clear();
		why.sendKeys(comment);
		click("check");
		// The list of versions closes the page: all of it is there.
		waitFor("versions");
	}

	private void signIn(String key) {
		browser.manage().deleteAllCookies();
		open("/console/sign-in");
		browser.findElement(By.id("key")).sendKeys(key);
		click("sign-in");
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((b) -> !b.getCurrentUrl().contains("/console/sign-in"));
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + this.port + path);
	}

	/** Clicks and waits for the page it leads to: the clicked element gone. */
	private static void click(String id) {
		WebElement element = browser.findElement(By.id(id));
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(120)).until((b) -> gone(element));
	}

	/**
	 * Whether the element has left the document. Asked in the middle of a navigation,
	 * Chromium may say so as an "unknown error" instead of a stale element (seen once in
	 * a full build on a busy machine).
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	private static void waitFor(String id) {
		new WebDriverWait(browser, Duration.ofSeconds(120))
			.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	private static String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private static void shot(String name) {
		Screenshots.take(browser, name);
	}

	private static void delete(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
