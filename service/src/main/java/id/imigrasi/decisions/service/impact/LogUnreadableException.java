package id.imigrasi.decisions.service.impact;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/** The decision log cannot be read for an impact report (503); nothing was answered. */
class LogUnreadableException extends ProblemException {

	private static final long serialVersionUID = 1L;

	LogUnreadableException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "decision-log-unavailable", "The decision log is unavailable",
				"The logged decisions could not be read for the impact report; try again.");
	}

}
