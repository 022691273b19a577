package id.imigrasi.decisions.model.request;

/** Stated purpose of the trip (SPEC 3: {@code statedPurpose}). */
public enum Purpose {

	TOURISM, UMRAH, HAJJ, VISIT_FAMILY, WORK, INTERNSHIP, STUDY, BUSINESS, MEDICAL, OTHER

}
