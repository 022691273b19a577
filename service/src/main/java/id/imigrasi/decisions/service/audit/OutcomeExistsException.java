package id.imigrasi.decisions.service.audit;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * The decision has its outcome already (409): one per decision, never overwritten, so the
 * statistics count each decision once and the record of what the officer did stands.
 */
public class OutcomeExistsException extends ProblemException {

	private static final long serialVersionUID = 1L;

	OutcomeExistsException() {
		super(HttpStatus.CONFLICT, "outcome-exists", "The decision has an outcome already",
				"An outcome is recorded once per decision and never changed; read it with GET /api/v1/decisions/{id}.");
	}

}
