package id.imigrasi.decisions.model.request;

/** Who travels with the person (SPEC 3: {@code accompaniedBy}). */
public enum Companion {

	NONE, PARENT_OR_GUARDIAN, FAMILY, GROUP_TOUR, UNRELATED_ESCORT

}
