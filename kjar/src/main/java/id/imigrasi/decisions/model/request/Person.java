package id.imigrasi.decisions.model.request;

import java.time.LocalDate;

/**
 * The person applying or leaving (SPEC 3). The NIK and the name are personal data: they
 * are never logged, and the NIK is stored only as a keyed hash.
 */
@PersonalData
public record Person(@Required @Pattern(regex = "\\d{16}", message = "must be 16 digits") String nik, String fullName,
		@Required LocalDate birthDate, @Required Sex sex, Domicile domicile, Occupation occupation,
		@Required Watchlist watchlist) {

	@Override
	public String toString() {
		// Never print the NIK or the name, whatever logs this record.
		return "Person[birthDate=" + this.birthDate + ", sex=" + this.sex + "]";
	}

}
