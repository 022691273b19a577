package id.imigrasi.decisions.model.request;

/** Where the person lives; triage only (SPEC 2.5). */
public record Domicile(String province, String regency) {

}
