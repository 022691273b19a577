package id.imigrasi.decisions.model;

/** Urgency of a referral (SPEC 2.3). IMMEDIATE outranks ROUTINE. */
public enum Urgency {

	IMMEDIATE, ROUTINE

}
