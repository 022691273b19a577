package id.imigrasi.decisions.service.ruleset;

/**
 * What a candidate would change in the decisions already made, answered with every upload
 * that compiled (201 and 422, member {@code impact}) before anything is kept or
 * activated. The impact feature provides it; without it an upload answers as before.
 */
public interface UploadImpact {

	/**
	 * @return the report to answer as {@code impact}; never throws for a log that cannot
	 * be read (the upload goes on and the report says why it is missing)
	 */
	Object of(Assessment assessment, Upload upload);

}
