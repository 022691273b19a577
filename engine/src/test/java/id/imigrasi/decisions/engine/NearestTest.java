package id.imigrasi.decisions.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Did you mean": the nearest allowed value for a typo, and for a country code the
 * country meant, compared with alpha-3 codes and names as well as the codes themselves.
 */
class NearestTest {

	private static final Set<String> COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

	@Test
	void shouldSuggestTheCountryAnAlpha3CodeNamesRatherThanTheNearestSpelling() {
		assertThat(Nearest.to("QAT", COUNTRIES)).as("by spelling alone").isNotEqualTo("QA");
		assertThat(Nearest.country("QAT", COUNTRIES)).isEqualTo("QA");
		assertThat(Nearest.country("SAU", COUNTRIES)).isEqualTo("SA");
		assertThat(Nearest.country("MYS", COUNTRIES)).isEqualTo("MY");
	}

	@Test
	void shouldSuggestTheCountryANameInEnglishOrBahasaIndonesiaNames() {
		assertThat(Nearest.country("Qatar", COUNTRIES)).isEqualTo("QA");
		assertThat(Nearest.country("Arab Saudi", COUNTRIES)).isEqualTo("SA");
		assertThat(Nearest.country("Saudi Arabia", COUNTRIES)).isEqualTo("SA");
		assertThat(Nearest.country("Kamboja", COUNTRIES)).isEqualTo("KH");
		assertThat(Nearest.country("Malysia", COUNTRIES)).isEqualTo("MY");
	}

	@Test
	void shouldKeepACorrectCodeAndFallBackToTheSpellingOfShortTypos() {
		assertThat(Nearest.country("sg", COUNTRIES)).isEqualTo("SG");
		assertThat(Nearest.country("XQ", COUNTRIES)).isNotNull();
		assertThat(Nearest.to("UMROH", Set.of("UMRAH", "HAJJ", "WORK"))).isEqualTo("UMRAH");
	}

}
