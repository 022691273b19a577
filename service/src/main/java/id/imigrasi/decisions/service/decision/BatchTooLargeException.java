package id.imigrasi.decisions.service.decision;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A batch over its limits (SPEC 8.1: at most 100,000 lines), refused with 413 before any
 * line is evaluated; or one line longer than a single request may be (SPEC 8: 64 KiB),
 * answered as that line's problem while the batch goes on.
 */
class BatchTooLargeException extends ProblemException {

	private static final long serialVersionUID = 1L;

	BatchTooLargeException(int maxLines, long maxBytes) {
		super(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "The request body is too large", String
			.format("A batch may hold at most %,d lines and %,d bytes; no line was evaluated.", maxLines, maxBytes));
		property("maxLines", maxLines);
		property("maxBytes", maxBytes);
	}

	private BatchTooLargeException(int maxLineBytes) {
		super(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "The line is too large",
				"1 problem(s); no decision was made.");
		property("errors",
				List.of(new InputProblem("$", "is longer than " + maxLineBytes + " bytes, the limit for one case")));
	}

	static BatchTooLargeException line(int maxLineBytes) {
		return new BatchTooLargeException(maxLineBytes);
	}

	@Override
	public boolean rejection() {
		return true;
	}

}
