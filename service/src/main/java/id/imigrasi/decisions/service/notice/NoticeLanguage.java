package id.imigrasi.decisions.service.notice;

import java.util.Locale;

import id.imigrasi.decisions.engine.Reason;

/**
 * The language of a notice: Bahasa Indonesia, the official text, or an English
 * translation.
 */
enum NoticeLanguage {

	ID(Locale.forLanguageTag("id")), EN(Locale.ENGLISH);

	private final Locale locale;

	NoticeLanguage(Locale locale) {
		this.locale = locale;
	}

	Locale locale() {
		return this.locale;
	}

	/**
	 * The code of the {@code lang} parameter and of the HTML {@code lang} attribute
	 * (public: the template calls it).
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** A bilingual text in this language; null stays null. */
	String of(Reason text) {
		if (text == null) {
			return null;
		}
		return (this == EN) ? text.en() : text.id();
	}

}
