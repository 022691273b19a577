package id.imigrasi.decisions.service.notice;

import org.springframework.http.MediaType;

/** How a notice is answered: a web page, or an A4 PDF to print at the counter. */
enum NoticeFormat {

	HTML(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)), PDF(MediaType.APPLICATION_PDF);

	private final MediaType mediaType;

	NoticeFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

}
