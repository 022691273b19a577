package id.imigrasi.decisions.service.oversight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import id.imigrasi.decisions.engine.Nearest;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.OfficerOutcome;
import id.imigrasi.decisions.service.audit.Purpose;
import id.imigrasi.decisions.service.contract.InvalidRequestException;
import id.imigrasi.decisions.service.system.InputProblem;

/**
 * Reads an officer's outcome as strictly as a decision request (SPEC 3, 8.1): unknown
 * fields are errors, every problem is reported at once, and no problem quotes the note,
 * the officer or any value that is not a plain word. The final decision must be an
 * outcome of the decision's own service and agree with the action: FOLLOWED is the
 * recommendation, OVERRIDDEN is another outcome and says why.
 */
final class OutcomeReader {

	static final List<String> FIELDS = List.of("action", "finalDecision", "reasonCode", "officer", "note");

	/** A pseudonymous ID: letters, digits, dots, dashes, underscores; never a NIK. */
	static final Pattern OFFICER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final Pattern QUOTABLE = Pattern.compile("[A-Za-z_]{1,40}");

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,60}");

	private OutcomeReader() {
	}

	/**
	 * @param service the decision's service
	 * @param recommendation what the decision recommended
	 * @throws InvalidRequestException 400 with every problem
	 */
	static OfficerOutcome read(JsonNode body, DecisionService service, Outcome recommendation) {
		List<InputProblem> problems = new ArrayList<>();
		if (body == null || !body.isObject()) {
			throw new InvalidRequestException(List.of(new InputProblem("$", "must be a JSON object")));
		}
		for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				String nearest = Nearest.to(name, FIELDS);
				problems.add(new InputProblem(PLAIN_NAME.matcher(name).matches() ? "$." + name : "$['?']",
						"is not a known field" + ((nearest != null) ? "; did you mean " + nearest + "?" : "")
								+ " Allowed: " + String.join(", ", FIELDS)));
			}
		}
		OfficerOutcome.Action action = choice(body, "action", OfficerOutcome.Action.class, true, problems);
		List<String> outcomes = Arrays.stream(Outcome.values())
			.filter((o) -> o.service() == service)
			.map(Outcome::name)
			.toList();
		String finalDecision = choice(body, "finalDecision", outcomes, true, problems);
		OfficerOutcome.ReasonCode reason = choice(body, "reasonCode", OfficerOutcome.ReasonCode.class, false, problems);
		String officer = text(body, "officer", true, problems);
		if (officer != null && (!OFFICER.matcher(officer).matches() || Purpose.containsNik(officer))) {
			problems.add(new InputProblem("$.officer", "must be the officer's pseudonymous ID: 1 to 64 letters, "
					+ "digits, dots, dashes or underscores, never a name or a NIK"));
		}
		String note = text(body, "note", false, problems);
		if (note != null && note.length() > OfficerOutcome.NOTE_LIMIT) {
			problems.add(new InputProblem("$.note", "is longer than " + OfficerOutcome.NOTE_LIMIT + " characters"));
		}
		else if (note != null && Purpose.containsNik(note)) {
			problems.add(new InputProblem("$.note",
					"may not hold a 16-digit number (a NIK): the note says what happened, never who"));
		}
		checkAgreement(action, finalDecision, reason, recommendation, problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new OfficerOutcome(action, finalDecision, reason, officer,
				(note != null && !note.isBlank()) ? note.strip() : null, null);
	}

	private static void checkAgreement(OfficerOutcome.Action action, String finalDecision,
			OfficerOutcome.ReasonCode reason, Outcome recommendation, List<InputProblem> problems) {
		if (action == OfficerOutcome.Action.OVERRIDDEN) {
			if (reason == null) {
				problems.add(new InputProblem("$.reasonCode", "is required when the action is OVERRIDDEN"));
			}
			if (recommendation.name().equals(finalDecision)) {
				problems.add(new InputProblem("$.finalDecision", "is the recommendation (" + recommendation
						+ "); an override decides otherwise, or the action is FOLLOWED"));
			}
		}
		else if (action == OfficerOutcome.Action.FOLLOWED) {
			if (reason != null) {
				problems.add(new InputProblem("$.reasonCode", "is given only when the action is OVERRIDDEN"));
			}
			if (finalDecision != null && !recommendation.name().equals(finalDecision)) {
				problems.add(new InputProblem("$.finalDecision", "must be the recommendation (" + recommendation
						+ ") when the action is FOLLOWED; otherwise the action is OVERRIDDEN"));
			}
		}
	}

	private static <E extends Enum<E>> E choice(JsonNode body, String field, Class<E> type, boolean required,
			List<InputProblem> problems) {
		List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		String chosen = choice(body, field, allowed, required, problems);
		return (chosen != null) ? Enum.valueOf(type, chosen) : null;
	}

	private static String choice(JsonNode body, String field, List<String> allowed, boolean required,
			List<InputProblem> problems) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				problems.add(new InputProblem("$." + field, "is required"));
			}
			return null;
		}
		if (value.isTextual() && allowed.contains(value.textValue())) {
			return value.textValue();
		}
		String given = value.isTextual() ? value.textValue() : null;
		String nearest = (given != null) ? Nearest.to(given, allowed) : null;
		problems.add(new InputProblem("$." + field,
				((given != null && QUOTABLE.matcher(given).matches()) ? "'" + given + "' is not allowed"
						: "is not an allowed value") + ((nearest != null) ? "; did you mean " + nearest + "?" : "")
						+ " Allowed: " + String.join(", ", allowed)));
		return null;
	}

	private static String text(JsonNode body, String field, boolean required, List<InputProblem> problems) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				problems.add(new InputProblem("$." + field, "is required"));
			}
			return null;
		}
		if (!value.isTextual()) {
			problems.add(new InputProblem("$." + field, "must be text"));
			return null;
		}
		return value.textValue();
	}

}
