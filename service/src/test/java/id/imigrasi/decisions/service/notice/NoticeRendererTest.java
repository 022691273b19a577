package id.imigrasi.decisions.service.notice;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.DecisionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template as HTML and as a PDF: A4, every font embedded (a notice prints the same at
 * any counter), every text from the tables escaped, both languages.
 */
class NoticeRendererTest {

	private final NoticeRenderer renderer = new NoticeRenderer();

	@Test
	void shouldPrintAnA4PdfWithItsTitleAndEveryFontEmbedded() throws IOException {
		byte[] pdf = this.renderer.pdf(notice(NoticeLanguage.ID, "Keaslian dokumen Anda perlu diperiksa (ễ, “é”)."));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Surat Pemberitahuan Keputusan Keimigrasian");
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
				assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
				for (COSName font : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
					assertThat(page.getResources().getFont(font).getName()).contains("DejaVuSans");
				}
			}
		}
		assertThat(Printed.pdf(pdf)).contains("SURAT PEMBERITAHUAN KEPUTUSAN", "Permohonan paspor Anda ditangguhkan",
				"Keaslian dokumen Anda perlu diperiksa (ễ, “é”).", "UU 6/2011 Pasal 16 ayat (1) huruf a",
				"Kantor Imigrasi Kelas I Khusus Contoh", "paling lambat 21 (dua puluh satu) hari kerja", "Halaman 1 /");
	}

	@Test
	void shouldEscapeEveryTextFromTheTables() {
		String html = this.renderer.html(notice(NoticeLanguage.EN, "<script>alert('x')</script> & <b>bold</b>"));

		assertThat(html).doesNotContain("<script", "<b>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
		assertThat(Printed.html(html)).contains("NOTICE OF DECISION", "This English text is a translation",
				"Your passport application is suspended for further examination.");
	}

	@Test
	void shouldSayWhenTheOfficeIsNotConfigured() {
		Notice notice = notice(NoticeLanguage.ID, "Alasan.");
		Notice unconfigured = new Notice(notice.decisionId(), notice.language(), notice.service(),
				notice.finalDecision(), notice.legalDate(), notice.decidedOn(), notice.printedAt(), null, null, null,
				notice.grounds(), List.of(), List.of(), false);

		String text = Printed.html(this.renderer.html(unconfigured));

		assertThat(text).contains("Kantor Imigrasi (nama kantor belum diatur pada sistem)",
				"kepada pejabat yang mengambil keputusan ini di kantor yang menerbitkan surat ini",
				"Dasar hukum keputusan ini disampaikan oleh pejabat yang memutuskan");
	}

	static Notice notice(NoticeLanguage language, String reason) {
		return new Notice("3f1c0d7e-0000-4000-8000-00000000abcd", language, DecisionService.PASSPORT_APPLICATION,
				Outcome.SUSPEND, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
				ZonedDateTime.of(2026, 12, 2, 10, 15, 0, 0, ZoneId.of("Asia/Jakarta")),
				"Kantor Imigrasi Kelas I Khusus Contoh", "Jl. Contoh No. 1, Jakarta", null,
				List.of(new Notice.Ground(Outcome.SUSPEND, reason, "Bawa dokumen asli.")),
				List.of("UU 6/2011 Pasal 16 ayat (1) huruf a"),
				List.of(new Notice.Ground(Outcome.REQUEST_DOCUMENTS, null, null)), false);
	}

	private static org.assertj.core.data.Offset<Float> within() {
		return org.assertj.core.data.Offset.offset(1f);
	}

}
