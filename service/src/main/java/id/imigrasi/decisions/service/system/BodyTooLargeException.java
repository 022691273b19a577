package id.imigrasi.decisions.service.system;

import java.io.IOException;

/** A request body past the limit of SPEC 8 (64 KiB), found while reading it. */
class BodyTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

}
