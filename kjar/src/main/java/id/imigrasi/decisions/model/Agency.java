package id.imigrasi.decisions.model;

/**
 * Agencies a case can be referred to (SPEC 2.3); display names are dated and live in
 * lists.xlsx.
 */
public enum Agency {

	POLRI, PPNS_IMIGRASI, KP2MI, DISNAKER, UPTD_PPA, DINSOS, LPSK, PERWAKILAN_RI

}
