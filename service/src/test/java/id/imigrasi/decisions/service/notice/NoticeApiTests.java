package id.imigrasi.decisions.service.notice;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice over HTTP (SPEC 8.1, issue 17): for the caller that asked, an auditor or an
 * admin, never another caller; only once the officer's outcome is recorded; only for a
 * final decision that refuses, suspends, defers, refuses exit or asks for documents; it
 * follows the officer, not the engine; every read is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticeApiTests {

	@LocalServerPort
	int port;

	private NoticeApi api;

	@BeforeEach
	void connect() {
		this.api = new NoticeApi(this.port);
	}

	@Test
	void shouldServeTheNoticeToItsCallerAnAuditorAndAnAdminButNotToAnotherCaller() {
		String decisionId = deferredAndFollowed();

		HttpResponse<byte[]> own = this.api.notice(decisionId, null, NoticeApi.CALLER);
		HttpResponse<byte[]> other = this.api.notice(decisionId, null, NoticeApi.OTHER_CALLER);
		HttpResponse<byte[]> auditor = this.api.notice(decisionId, "lang=en", NoticeApi.AUDITOR);
		HttpResponse<byte[]> admin = this.api.notice(decisionId, "format=pdf", NoticeApi.ADMIN);

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(own.headers().firstValue("Content-Language")).hasValue("id");
		assertThat(Printed.html(NoticeApi.text(own))).contains("Keberangkatan Anda ditunda.");
		assertProblem(other, 403, "forbidden");
		assertProblem(this.api.notice(decisionId, null, null), 401, "unauthorized");
		assertThat(auditor.statusCode()).isEqualTo(200);
		assertThat(Printed.html(NoticeApi.text(auditor))).contains("Your departure is deferred.");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(admin.headers().firstValue("Content-Disposition")).get()
			.asString()
			.startsWith("inline; filename=\"notice-" + decisionId + "-id.pdf\"");
		assertThat(Printed.pdf(admin.body())).contains("Keberangkatan Anda ditunda.");
	}

	@Test
	void shouldAnswer409UntilTheOfficersOutcomeIsRecorded() {
		JsonNode decision = this.api.decide("departure", NoticeApi.deferredDeparture(), NoticeApi.CALLER);

		String decisionId = decision.get("decisionId").asText();

		assertProblem(this.api.notice(decisionId, null, NoticeApi.CALLER), 409, "no-outcome-yet");
		assertProblem(this.api.notice(decisionId, "format=pdf", NoticeApi.CALLER, "application/pdf"), 409,
				"no-outcome-yet");
		this.api.outcome(decisionId, "DEFER", "DEFER", NoticeApi.CALLER);
		assertThat(this.api.notice(decisionId, "format=pdf", NoticeApi.CALLER, "application/pdf").statusCode())
			.isEqualTo(200);
	}

	@Test
	void shouldAnswer404WhenTheOfficersFinalDecisionNeedsNoNotice() {
		JsonNode allowed = this.api.decide("departure", NoticeApi.allowedDeparture(), NoticeApi.CALLER);
		assertThat(allowed.get("recommendation").asText()).isEqualTo("ALLOW");
		this.api.outcome(allowed.get("decisionId").asText(), "ALLOW", "ALLOW", NoticeApi.CALLER);
		String overriddenToAllow = deferred("ALLOW");
		String sentToASecondLook = deferred("SECONDARY_INSPECTION");

		for (String decisionId : new String[] { allowed.get("decisionId").asText(), overriddenToAllow,
				sentToASecondLook }) {
			HttpResponse<byte[]> notice = this.api.notice(decisionId, null, NoticeApi.CALLER);
			assertProblem(notice, 404, "no-notice");
		}
		assertProblem(this.api.notice("no-such-decision", null, NoticeApi.AUDITOR), 404, "decision-not-found");
	}

	@Test
	void shouldGiveAGeneralReasonWhenTheOfficerDefersWhatTheEngineAllowed() {
		JsonNode allowed = this.api.decide("departure", NoticeApi.allowedDeparture(), NoticeApi.CALLER);
		String decisionId = allowed.get("decisionId").asText();
		this.api.outcome(decisionId, "ALLOW", "DEFER", NoticeApi.CALLER);

		String notice = Printed.html(NoticeApi.text(this.api.notice(decisionId, null, NoticeApi.CALLER)));

		assertThat(notice).contains("Keberangkatan Anda ditunda.",
				"Setelah pemeriksaan keberangkatan, pejabat imigrasi memutuskan untuk menunda keberangkatan Anda.",
				"Dasar hukum keputusan ini disampaikan oleh pejabat yang memutuskan", "keberatan", "banding");
	}

	@Test
	void shouldNeverPrintTheOfficersNoteOrReasonNorRunAScript() {
		String decisionId = deferredAndFollowed();

		HttpResponse<byte[]> notice = this.api.notice(decisionId, "lang=en", NoticeApi.CALLER);

		String html = NoticeApi.text(notice);
		assertThat(html).doesNotContain("Escort", "police", "cgk-officer-0147", "RULE_DOES_NOT_FIT")
			.doesNotContainIgnoringCase("<script");
		assertThat(notice.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.startsWith("default-src 'none'");
	}

	@Test
	void shouldRefuseAnUnknownLanguageOrFormatNamingTheAllowedValues() {
		String decisionId = deferredAndFollowed();

		HttpResponse<byte[]> notice = this.api.notice(decisionId, "lang=fr&format=docx", NoticeApi.CALLER);

		assertProblem(notice, 400, "invalid-request");
		assertThat(NoticeApi.text(notice)).contains("id, en", "html, pdf");
	}

	@Test
	void shouldLogEveryNoticeReadAndEveryRefusal() {
		String decisionId = deferredAndFollowed();
		this.api.notice(decisionId, "format=pdf", NoticeApi.CALLER);
		this.api.notice(decisionId, null, NoticeApi.OTHER_CALLER);

		JsonNode entries = NoticeApi.json(this.api.get("/api/v1/access-log?size=500", NoticeApi.ADMIN)).get("entries");

		int granted = 0;
		int refused = 0;
		for (JsonNode entry : entries) {
			if (decisionId.equals(entry.path("decisionId").asText()) && "NOTICE".equals(entry.get("kind").asText())) {
				if (entry.get("granted").asBoolean()) {
					assertThat(entry.get("accessor").asText()).isEqualTo("caller-1");
					granted++;
				}
				else {
					assertThat(entry.get("accessor").asText()).isEqualTo("caller-2");
					refused++;
				}
			}
		}
		assertThat(granted).isEqualTo(1);
		assertThat(refused).isEqualTo(1);
	}

	@Test
	void shouldDescribeTheNoticeItsRolesAndItsAnswersInTheApiDocument() {
		JsonNode document = NoticeApi.json(this.api.get("/v3/api-docs", null));

		JsonNode notice = document.at("/paths/~1api~1v1~1decisions~1{decisionId}~1notice/get");
		assertThat(notice.get("description").asText()).contains(
				"Roles: the caller that asked for the decision; " + "auditor; admin", "officer's final decision",
				"UU 30/2014");
		assertThat(notice.at("/parameters").findValuesAsText("name")).contains("decisionId", "lang", "format");
		assertThat(notice.at("/responses/200/content").has("application/pdf")).isTrue();
		assertThat(notice.at("/responses").fieldNames()).toIterable().contains("400", "403", "404", "409");
	}

	/** The README's departure, DEFER, followed by the officer; its ID. */
	private String deferredAndFollowed() {
		return deferred("DEFER");
	}

	/** The README's departure (DEFER) with the officer's final decision; its ID. */
	private String deferred(String finalDecision) {
		JsonNode decision = this.api.decide("departure", NoticeApi.deferredDeparture(), NoticeApi.CALLER);
		assertThat(decision.get("recommendation").asText()).isEqualTo("DEFER");
		String decisionId = decision.get("decisionId").asText();
		this.api.outcome(decisionId, "DEFER", finalDecision, NoticeApi.CALLER);
		return decisionId;
	}

	private static void assertProblem(HttpResponse<byte[]> response, int status, String kind) {
		assertThat(response.statusCode()).as(NoticeApi.text(response)).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(NoticeApi.json(response).get("type").asText()).endsWith(":" + kind);
	}

}
