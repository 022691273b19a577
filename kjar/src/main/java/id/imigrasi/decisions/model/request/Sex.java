package id.imigrasi.decisions.model.request;

/** Sex as recorded on the KTP. Triage only (SPEC 2.5). */
public enum Sex {

	F, M

}
