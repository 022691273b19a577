package id.imigrasi.decisions.service.oversight;

import java.security.Principal;
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

import id.imigrasi.decisions.service.audit.AccessLog;
import id.imigrasi.decisions.service.contract.InvalidRequestException;
import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.system.Requester;

/**
 * Who read the decision log, when, what and why (SPEC 8.1), for admins: the reads of
 * single decisions, searches with their purpose, replays, and refused reads. Reading it
 * is logged in it too, after the page is read, so a page never shows its own read.
 */
@RestController
@Tag(name = "oversight")
class AccessLogController {

	private final AccessLog accessLog;

	AccessLogController(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@GetMapping(path = "/api/v1/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every read of the decision log, newest first, a page at a time",
			description = "Roles: admin. Each entry: when, the key's label and role, the kind of read (READ, "
					+ "SEARCH, REPLAY, NOTICE, IMPACT, ACCESS_LOG for a page of this log), whether it was allowed, the decision read, and for a "
					+ "search its purpose (X-Purpose) and the keyed hash of the NIK searched for, never the NIK.")
	@ApiResponse(responseCode = "200", description = "One page and the number of entries in all")
	@ApiResponse(responseCode = "400", description = "page or size out of range",
			content = @Content(mediaType = "application/problem+json"))
	AccessLog.Page accessLog(
			@Parameter(description = "Page number from 0") @RequestParam(defaultValue = "0") String page,
			@Parameter(description = "Entries per page, 1 to " + AccessLog.PAGE_LIMIT) @RequestParam(
					defaultValue = "50") String size,
			Principal principal) {
		List<InputProblem> problems = new ArrayList<>();
		int number = number("page", page, 0, 1_000_000, problems);
		int entries = number("size", size, 1, AccessLog.PAGE_LIMIT, problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		AccessLog.Page read = this.accessLog.page(number, entries);
		this.accessLog.record(Requester.of(principal), AccessLog.ACCESS_LOG, null,
				"page " + number + ", " + entries + " per page");
		return read;
	}

	private static int number(String name, String value, int min, int max, List<InputProblem> problems) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new InputProblem(name, "must be a whole number from " + min + " to " + max));
		return 0;
	}

}
