package id.imigrasi.decisions.service.notice;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A notice asked for before the officer's outcome is recorded (409): the notice states
 * what the officer decided, never what the engine recommended.
 */
class NoOutcomeYetException extends ProblemException {

	private static final long serialVersionUID = 1L;

	NoOutcomeYetException() {
		super(HttpStatus.CONFLICT, "no-outcome-yet", "No outcome recorded yet",
				"The notice states the officer's final decision; record it first "
						+ "(POST /api/v1/decisions/{decisionId}/outcome).");
	}

}
