package id.imigrasi.decisions.model.request;

import java.time.LocalDate;

/**
 * The travel document shown at the TPI. The type is required as well as the expiry date:
 * UU 6/2011 Pasal 16 ayat (1) huruf a turns on both.
 */
public record TravelDocument(@Required TravelDocumentType type, @PersonalData String number,
		@Required LocalDate expiryDate) {

	@Override
	public String toString() {
		return "TravelDocument[type=" + this.type + ", expiryDate=" + this.expiryDate + "]";
	}

}
