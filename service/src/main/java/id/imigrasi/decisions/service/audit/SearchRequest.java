package id.imigrasi.decisions.service.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.contract.InvalidRequestException;

/**
 * A search for a person's decisions: the body read as strictly as a decision request and,
 * like it, never echoing the NIK in a problem; and the purpose the {@code X-Purpose}
 * header gives, required. Every problem of both is reported at once.
 *
 * @param nik 16 digits, hashed for the look-up
 * @param from first legal date, inclusive; none: from the start of the log
 * @param to last legal date, inclusive; none: up to now
 * @param purpose from the header, not the body
 */
public record SearchRequest(String nik, LocalDate from, LocalDate to, @Schema(hidden = true) Purpose purpose) {

	private static final Set<String> FIELDS = Set.of("nik", "from", "to");

	public static SearchRequest read(JsonNode body, String purposeHeader) {
		List<InputProblem> problems = new ArrayList<>();
		Purpose purpose = Purpose.read(purposeHeader, problems);
		if (body == null || !body.isObject()) {
			problems.add(new InputProblem("$", "must be a JSON object"));
			throw new InvalidRequestException(problems);
		}
		for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				problems.add(new InputProblem("$['?']", "is not a known field. Allowed: nik, from, to"));
			}
		}
		JsonNode nik = body.get("nik");
		if (nik == null || nik.isNull()) {
			problems.add(new InputProblem("$.nik", "is required"));
		}
		else if (!nik.isTextual() || !nik.textValue().matches("\\d{16}")) {
			problems.add(new InputProblem("$.nik", "must be 16 digits"));
		}
		LocalDate from = date(body, "from", problems);
		LocalDate to = date(body, "to", problems);
		if (from != null && to != null && from.isAfter(to)) {
			problems.add(new InputProblem("$.to", "is before from"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new SearchRequest(nik.textValue(), from, to, purpose);
	}

	LocalDate fromOrEarliest() {
		return (this.from != null) ? this.from : LocalDate.of(1, 1, 1);
	}

	LocalDate toOrLatest() {
		return (this.to != null) ? this.to : LocalDate.of(9999, 12, 31);
	}

	@Override
	public String toString() {
		return "SearchRequest[from=" + this.from + ", to=" + this.to + ", purpose=" + this.purpose + "]";
	}

	private static LocalDate date(JsonNode body, String field, List<InputProblem> problems) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			// Four-digit years only: a year of +999999999 is past what a database holds.
			if (value.isTextual() && value.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(value.textValue());
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		problems.add(new InputProblem("$." + field, "must be an ISO-8601 date (YYYY-MM-DD)"));
		return null;
	}

}
