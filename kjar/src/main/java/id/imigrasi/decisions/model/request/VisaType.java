package id.imigrasi.decisions.model.request;

/** Visa held for the destination (SPEC 3: {@code visaType}). */
public enum VisaType {

	NONE_REQUIRED, VISA_ON_ARRIVAL, TOURIST, VISIT, WORK, STUDENT, UMRAH, HAJJ, OTHER

}
