package id.imigrasi.decisions.model.request;

/** Travel document shown at the TPI (SPEC 3: {@code travelDocument.type}). */
public enum TravelDocumentType {

	PASSPORT, SPLP, OTHER

}
