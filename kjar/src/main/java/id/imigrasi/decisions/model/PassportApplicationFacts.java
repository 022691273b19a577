package id.imigrasi.decisions.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import id.imigrasi.decisions.model.request.ApplicationType;
import id.imigrasi.decisions.model.request.DocumentType;
import id.imigrasi.decisions.model.request.PassportApplication;

/** What the passport-application table reads about one application. */
public final class PassportApplicationFacts extends CaseFacts {

	private final PassportApplication application;

	private final Set<DocumentType> documents;

	public PassportApplicationFacts(PassportApplication application, LocalDate legalDate,
			Function<String, Set<String>> listsOf) {
		super(legalDate, application.person(), application.statedPurpose(), application.destinationCountry(), null,
				application.interview(), listsOf);
		this.application = application;
		this.documents = application.documents().isEmpty() ? EnumSet.noneOf(DocumentType.class)
				: EnumSet.copyOf(application.documents());
	}

	@FactPath("applicationType")
	public ApplicationType getApplicationType() {
		return this.application.applicationType();
	}

	@FactPath("documents")
	public Set<DocumentType> getDocuments() {
		return this.documents;
	}

	/**
	 * Whether a suspension of issuance after a cancellation (Permenkumham 8/2014) still
	 * runs on the legal date: it runs through the day it ends.
	 */
	@FactPath(value = "issuanceSuspended", derivedFrom = { "person.watchlist.issuanceSuspendedUntil", "legalDate" })
	public boolean isIssuanceSuspended() {
		LocalDate until = this.application.person().watchlist().issuanceSuspendedUntil();
		return until != null && !until.isBefore(getLegalDate());
	}

	@FactPath("documentFindings.suspectedForgery")
	public boolean isSuspectedForgery() {
		return this.application.documentFindings().suspectedForgery();
	}

	@FactPath("documentFindings.dataMismatch")
	public boolean isDataMismatch() {
		return this.application.documentFindings().dataMismatch();
	}

	@FactPath("documentFindings.falseStatementProven")
	public boolean isFalseStatementProven() {
		return this.application.documentFindings().falseStatementProven();
	}

	@FactPath("documentFindings.duplicateIdentityFound")
	public boolean isDuplicateIdentityFound() {
		return this.application.documentFindings().duplicateIdentityFound();
	}

}
