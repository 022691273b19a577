package id.imigrasi.decisions.service.decision;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.ProblemException;

/**
 * Refused with 503 while as many batches as the service runs at once are in progress: a
 * batch already uses every core, and each one running holds a window of lines in memory
 * and a spool file on disk.
 */
class BatchBusyException extends ProblemException {

	private static final long serialVersionUID = 1L;

	BatchBusyException(int running) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "batch-busy", "Too many batches at once",
				running + " batch(es) are being screened; send this one again when one has finished.");
	}

	@Override
	public boolean rejection() {
		return true;
	}

}
