package id.imigrasi.decisions.service.console;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.imigrasi.decisions.service.ruleset.ActiveRuleset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's session rules, over plain HTTP: the key is sent once and kept nowhere the
 * browser or a script can read it, every form needs its CSRF token, each role sees its
 * pages only, an ended session says so, and the API stays stateless and key-based.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	ActiveRuleset active;

	@Test
	void shouldHoldOnlyAnHttpOnlyStrictSessionCookieAndNeverTheKey() {
		ConsoleClient browser = new ConsoleClient(this.port);
		HttpResponse<String> page = browser.get("/console/sign-in");
		assertThat(page.body()).contains("method=\"post\"").contains("type=\"password\"");

		HttpResponse<String> signedIn = browser.post("/console/sign-in", Map.of("key", ConsoleClient.ADMIN));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/console").doesNotContain(ConsoleClient.ADMIN));
		List<String> setCookies = signedIn.headers().allValues("Set-Cookie");
		assertThat(setCookies).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("HttpOnly")
				.contains("SameSite=Strict")
				.doesNotContain(ConsoleClient.ADMIN));
		// A new session at sign-in: not the one the sign-in page was served in.
		assertThat(browser.get("/console").body()).contains("admin-1").doesNotContain(ConsoleClient.ADMIN);
	}

	@Test
	void shouldRefuseAFormWithoutItsTokenAndChangeNothing() {
		ConsoleClient browser = new ConsoleClient(this.port);
		browser.signIn(ConsoleClient.ADMIN);
		String before = this.active.engine().ruleset().info().version();

		HttpResponse<String> forged = browser.post("/console/rulesets/" + before + "/activate",
				Map.of("_csrf", "not-the-token"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Tidak ada yang diubah").contains("Nothing was changed");
		assertThat(this.active.engine().ruleset().info().version()).isEqualTo(before);
	}

	@Test
	void shouldNotLetTheConsolesCookieIntoTheApi() {
		ConsoleClient browser = new ConsoleClient(this.port);
		browser.signIn(ConsoleClient.ADMIN);

		assertThat(browser.api("/api/v1/ruleset", null).statusCode()).isEqualTo(401);
		assertThat(browser.api("/api/v1/rulesets", ConsoleClient.ADMIN).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldShowEachRoleOnlyItsPagesAndRefuseTheOthersInBothLanguages() {
		Map<String, List<String>> pages = Map.of(ConsoleClient.CALLER, List.of("try", "scenarios"),
				ConsoleClient.AUDITOR, List.of("try", "scenarios", "criteria", "decisions"), ConsoleClient.ADMIN,
				List.of("try", "scenarios", "rulesets", "criteria", "decisions"));
		for (Map.Entry<String, List<String>> role : pages.entrySet()) {
			ConsoleClient browser = new ConsoleClient(this.port);
			browser.signIn(role.getKey());
			String home = browser.get("/console").body();
			for (String page : List.of("try", "scenarios", "rulesets", "criteria", "decisions")) {
				boolean open = role.getValue().contains(page);
				assertThat(home.contains("id=\"nav-" + page + "\"")).as(role.getKey() + " menu " + page)
					.isEqualTo(open);
				HttpResponse<String> answer = browser.get("/console/" + page);
				assertThat(answer.statusCode()).as(role.getKey() + " " + page).isEqualTo(open ? 200 : 403);
				if (!open) {
					assertThat(answer.body()).contains("Kunci ini tidak berhak").contains("This key may not");
				}
			}
		}
	}

	@Test
	void shouldRefuseAnUnknownKeyInBothLanguages() {
		ConsoleClient browser = new ConsoleClient(this.port);
		browser.get("/console/sign-in");

		HttpResponse<String> refused = browser.post("/console/sign-in", Map.of("key", "not-a-key"));

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("Kunci ini tidak dikenal").contains("This key is not known");
		assertThat(browser.get("/console/try").statusCode()).isEqualTo(302);
	}

	@Test
	void shouldSendAnEndedSessionBackToSignInSayingSoInBothLanguages() {
		ConsoleClient browser = new ConsoleClient(this.port);
		browser.signIn(ConsoleClient.AUDITOR);
		browser.setSessionCookie("ended-" + browser.sessionCookie());

		HttpResponse<String> page = browser.get("/console/criteria");

		assertThat(page.statusCode()).isEqualTo(302);
		String location = page.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/console/sign-in?expired").contains("next=/console/criteria");
		assertThat(browser.get(location.substring(location.indexOf("/console"))).body())
			.contains("Sesi Anda telah berakhir")
			.contains("Your session has ended");
	}

	@Test
	void shouldSendAFormOfAnEndedSessionBackToSignInAndDoNothing() {
		ConsoleClient browser = new ConsoleClient(this.port);
		browser.signIn(ConsoleClient.ADMIN);
		browser.get("/console/rulesets");
		String before = this.active.engine().ruleset().info().version();
		browser.setSessionCookie("ended-" + browser.sessionCookie());

		HttpResponse<String> sent = browser.post("/console/rulesets/" + before + "/activate", Map.of());

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/console/sign-in?expired"));
		assertThat(this.active.engine().ruleset().info().version()).isEqualTo(before);
	}

	@Test
	void shouldSignOutAndForgetTheSession() {
		ConsoleClient browser = new ConsoleClient(this.port);
		browser.signIn(ConsoleClient.CALLER);
		browser.get("/console/try");

		HttpResponse<String> out = browser.post("/console/sign-out", Map.of());

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/console/sign-in?signed-out"));
		assertThat(browser.get("/console/try").statusCode()).isEqualTo(302);
	}

	@Test
	void shouldServePagesThatRunNoScriptAndAssetsFromTheJar() {
		ConsoleClient browser = new ConsoleClient(this.port);
		HttpResponse<String> page = browser.get("/console/sign-in");

		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'none'"));
		assertThat(page.body()).doesNotContain("<script").contains("/webjars/picocss__pico/2.1.1/css/pico.min.css");
		assertThat(browser.get("/webjars/picocss__pico/2.1.1/css/pico.min.css").statusCode()).isEqualTo(200);
		assertThat(browser.get("/console/assets/console.css").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldSayTheNoticeIsNotAvailableWhereTheServiceHasNone() {
		ConsoleClient browser = new ConsoleClient(this.port);
		browser.signIn(ConsoleClient.AUDITOR);

		HttpResponse<String> notice = browser
			.get("/console/decisions/00000000-0000-0000-0000-000000000000/notice/id/html");

		assertThat(notice.statusCode()).isIn(404, 409);
		assertThat(notice.body()).contains("id=\"notice-unavailable\"");
	}

}
