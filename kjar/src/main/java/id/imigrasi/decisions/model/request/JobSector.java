package id.imigrasi.decisions.model.request;

/**
 * Sector of a job offer found at interview (SPEC 3: {@code interview.jobOffer.sector}).
 */
public enum JobSector {

	DOMESTIC_WORK, PLANTATION, FACTORY, CONSTRUCTION, HOSPITALITY, FISHING, ONLINE_SCAM_OR_GAMBLING, OTHER

}
