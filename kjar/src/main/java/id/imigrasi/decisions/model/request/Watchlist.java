package id.imigrasi.decisions.model.request;

import java.time.LocalDate;

/** SIMKIM look-ups done by the caller before asking for a recommendation (SPEC 3). */
public record Watchlist(@Required Boolean preventionListMatch, @Required Boolean wantedForInvestigation,
		LocalDate issuanceSuspendedUntil) {

}
