package id.imigrasi.decisions.service.notice;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.web.util.HtmlUtils;

/** A notice as a reader sees it: its words, with every run of white space one space. */
final class Printed {

	private Printed() {
	}

	/**
	 * The text PDFBox extracts from every page; a word broken at its hyphen at the end of
	 * a line ("service-" / "package") is whole again.
	 */
	static String pdf(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return words(new PDFTextStripper().getText(document).replaceAll("-\\R", "-"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of an HTML page: tags dropped, entities read. */
	static String html(String html) {
		return words(HtmlUtils.htmlUnescape(html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", " ")));
	}

	/** A text as the checks compare it. */
	static String words(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

}
