package id.imigrasi.decisions.model.request;

/**
 * Travel document shown at the TPI (SPEC 3: {@code travelDocument.type}). {@code PLB} is
 * the Pas Lintas Batas of border residents: valid for exit only at a land-border post
 * toward the neighbouring country it serves (lists.xlsx, sheet Pos Lintas Batas).
 */
public enum TravelDocumentType {

	PASSPORT, SPLP, PLB, OTHER

}
