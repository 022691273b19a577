package id.imigrasi.decisions.model.request;

/** Occupation as declared. Triage only (SPEC 2.5). */
public enum Occupation {

	CIVIL_SERVANT, MILITARY_OR_POLICE, EMPLOYEE, SELF_EMPLOYED, STUDENT, HOMEMAKER, FARMER_OR_FISHER, UNEMPLOYED, OTHER

}
