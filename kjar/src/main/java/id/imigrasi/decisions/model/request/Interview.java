package id.imigrasi.decisions.model.request;

/**
 * What an officer established at interview (SPEC 3). Every field is optional: a question
 * not answered is "not established", and no row treats it as yes or no.
 */
public record Interview(Boolean purposeConsistent, Boolean canStateTripDuration, Boolean intendsToWork,
		JobOffer jobOffer, RecruitmentChannel recruitedVia, Boolean recruiterPresent, Boolean costsPaidByThirdParty,
		Boolean passportHeldByOther, Boolean willingToTestify) {

}
