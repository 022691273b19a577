package id.imigrasi.decisions.service.console;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia first, English on request: {@code ?lang=en} or {@code ?lang=id} on any
 * console page switches, and a cookie (HttpOnly, console only) remembers the choice. What
 * is written in both languages (reasons, problems) is shown in both whatever the choice;
 * the choice is the language of the page around it.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLanguage implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	static final String PARAMETER = "lang";

	/**
	 * The one locale resolver of the application; only the console's pages show words
	 * that depend on it.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("console-lang");
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookiePath("/console");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Strict");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).addPathPatterns("/console", "/console/**");
	}

	/** Only the two languages the console is written in. */
	static Locale supported(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : INDONESIAN;
	}

}
