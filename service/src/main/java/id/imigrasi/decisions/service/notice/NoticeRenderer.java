package id.imigrasi.decisions.service.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * One template, two forms: the HTML page and, from the very same HTML, an A4 PDF with the
 * DejaVu fonts embedded, so it prints the same at every counter and shows every letter of
 * Bahasa Indonesia. The template is well-formed XHTML (openhtmltopdf parses XML) with no
 * script; Thymeleaf escapes every text that comes from the tables. The notice's wording
 * lives in its own message files beside it ({@code notice/messages}), apart from any
 * other page's, because it is legal text.
 */
@Component
class NoticeRenderer {

	/** The family the template's CSS names; every face of it is embedded. */
	static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

	NoticeRenderer() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/notice/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("notice/messages");
		messages.setDefaultEncoding("UTF-8");
		// Bahasa Indonesia is the base bundle; the server's locale never chooses it.
		messages.setFallbackToSystemLocale(false);
		this.templates.setTemplateResolver(resolver);
		this.templates.setTemplateEngineMessageSource(messages);
	}

	String html(Notice notice) {
		Context context = new Context(notice.language().locale());
		context.setVariable("n", notice);
		return this.templates.process("notice", context);
	}

	byte[] pdf(Notice notice) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		builder.withProducer("Immigration decision support: written notice");
		builder.withHtmlContent(html(notice), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		// subset: only the glyphs used are embedded, a notice stays small.
		builder.useFont(() -> new ByteArrayInputStream(this.fonts.computeIfAbsent(file, NoticeRenderer::read)),
				FONT_FAMILY, weight, style, true);
	}

	/**
	 * A font file read once from the fonts jar (about 700 KB each), not at every notice.
	 */
	private static byte[] read(String file) {
		try (InputStream in = NoticeRenderer.class.getResourceAsStream(FONTS + file)) {
			if (in == null) {
				throw new IllegalStateException("Font " + file + " is missing (jasperreports-fonts)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
