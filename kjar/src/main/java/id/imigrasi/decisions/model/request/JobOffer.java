package id.imigrasi.decisions.model.request;

/** A job offer the interview brought to light. */
public record JobOffer(JobSector sector, Boolean employerKnown) {

}
