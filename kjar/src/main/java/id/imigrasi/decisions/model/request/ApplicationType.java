package id.imigrasi.decisions.model.request;

/** Kind of passport application (SPEC 3: {@code applicationType}). */
public enum ApplicationType {

	NEW, RENEWAL, REPLACEMENT_LOST, REPLACEMENT_DAMAGED

}
