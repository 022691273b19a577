package id.imigrasi.decisions.model.request;

/**
 * What the officer found when checking the documents. All four are required: an absent
 * finding must not be read as "nothing found".
 */
public record DocumentFindings(@Required Boolean suspectedForgery, @Required Boolean dataMismatch,
		@Required Boolean falseStatementProven, @Required Boolean duplicateIdentityFound) {

}
