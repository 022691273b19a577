package id.imigrasi.decisions.service.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.imigrasi.decisions.service.contract.InvalidRequestException;
import id.imigrasi.decisions.service.system.InputProblem;

/**
 * How each criterion performs (SPEC 8.1): for auditors and admins, which rows fire, which
 * set the recommendation, and how often officers override them and why.
 */
@RestController
@Tag(name = "oversight")
class CriteriaController {

	private final CriteriaStatistics statistics;

	private final Clock clock;

	CriteriaController(CriteriaStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/criteria", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Per criterion: hits, decisive hits, officers' outcomes, override rate and reasons",
			description = "Roles: auditor; admin. Counts the decisions made from `from` to `to` (days in "
					+ "Asia/Jakarta, inclusive) and the outcomes officers recorded for them, per rule ID: every "
					+ "rule of the active version in workbook order with its owner and review-by date, then rule "
					+ "IDs only the log knows. Answered from a daily roll-up kept as decisions and outcomes are "
					+ "stored, so any period is fast.")
	@ApiResponse(responseCode = "200", description = "The statistics")
	@ApiResponse(responseCode = "400", description = "A date is not ISO-8601, or `to` is before `from`",
			content = @Content(mediaType = "application/problem+json"))
	CriteriaReport criteria(
			@Parameter(description = "First day, YYYY-MM-DD; default: a year before `to`") @RequestParam(
					required = false) String from,
			@Parameter(description = "Last day, YYYY-MM-DD; default: today") @RequestParam(
					required = false) String to) {
		List<InputProblem> problems = new ArrayList<>();
		LocalDate last = date("to", to, LocalDate.now(this.clock), problems);
		LocalDate first = date("from", from, (last != null) ? last.minusYears(1).plusDays(1) : null, problems);
		if (first != null && last != null && first.isAfter(last)) {
			problems.add(new InputProblem("to", "is before from"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return this.statistics.between(first, last);
	}

	private static LocalDate date(String name, String value, LocalDate otherwise, List<InputProblem> problems) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new InputProblem(name, "must be an ISO-8601 date (YYYY-MM-DD)"));
			return null;
		}
	}

}
