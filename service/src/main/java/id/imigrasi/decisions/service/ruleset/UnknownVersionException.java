package id.imigrasi.decisions.service.ruleset;

/** Activation of a version that was never kept. */
class UnknownVersionException extends Exception {

	private static final long serialVersionUID = 1L;

	UnknownVersionException(String version) {
		super("No ruleset version '" + version + "' is kept");
	}

}
