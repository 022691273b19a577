package id.imigrasi.decisions.service.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * One field of the case form as the page shows it: its label in the page's language (a
 * field no message names is shown by its JSON name, split into words; an enum's values by
 * their codes, with a label beside them in Bahasa Indonesia), its value or values, and
 * what the reader said about it.
 *
 * @param kind the {@link CaseForm.Kind}'s name, for the template
 * @param options the choices with their labels, for a choice or a set of boxes
 */
record FieldView(String name, String component, String label, String kind, boolean required, List<Choice> options,
		String value, List<String> values, List<String> errors, List<FieldView> children) {

	/** One constant of an enum and its label, e.g. {@code UMRAH} and "Umrah". */
	record Choice(String value, String label) {
	}

	public boolean has(String option) {
		return this.values.contains(option);
	}

	public boolean invalid() {
		return !this.errors.isEmpty() || this.children.stream().anyMatch(FieldView::invalid);
	}

	static List<FieldView> of(List<CaseForm.Field> fields, Map<String, List<String>> values,
			Map<String, List<String>> errors, MessageSource messages, Locale locale) {
		List<FieldView> views = new ArrayList<>();
		// The contract's codes are English words: in English they need no label.
		boolean english = "en".equals(locale.getLanguage());
		for (CaseForm.Field field : fields) {
			List<String> given = values.getOrDefault(field.name(), List.of());
			List<Choice> options = field.options()
				.stream()
				.map((option) -> new Choice(option,
						english ? option
								: messages.getMessage("enum." + field.enumType() + "." + option, null, option, locale)))
				.toList();
			views.add(new FieldView(field.name(), field.component(), label(field.component(), messages, locale),
					field.kind().name(), field.required(), options, given.isEmpty() ? "" : given.get(0),
					List.copyOf(given), errors.getOrDefault(field.name(), List.of()),
					of(field.children(), values, errors, messages, locale)));
		}
		return views;
	}

	/** {@code field.passengerAnalysisFlag}, else "passenger analysis flag". */
	static String label(String component, MessageSource messages, Locale locale) {
		return messages.getMessage("field." + component, null, words(component), locale);
	}

	private static String words(String camel) {
		String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
