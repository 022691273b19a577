package id.imigrasi.decisions.engine.internal.tables;

/**
 * The departure table: one traveller at a TPI exit check (SPEC 2.2). Declared as the
 * committed workbook holds it; one line per column, in sheet order from B.
 */
final class DepartureTableLayout {

	static final TableLayout LAYOUT = TableLayout.builder("departure.drl.xlsx", "Keberangkatan")
		.title("Pemeriksaan keberangkatan di TPI / Departure check at a TPI")
		.ruleSet("id.imigrasi.decisions.rules.departure")
		.ruleTable("Keberangkatan")
		.condition("DepartureFacts", "travelDocumentExpired == $param",
				"Dokumen perjalanan kedaluwarsa\nTravel document expired", CellType.YES_NO)
		.condition("DepartureFacts", "forall(||){travelDocumentType == TravelDocumentType.$}",
				"Jenis dokumen perjalanan (salah satu)\nTravel document type (any of)", CellType.VALUES)
		.condition("DepartureFacts", "wantedForInvestigation == $param",
				"Diperlukan untuk penyidikan\nWanted for investigation", CellType.YES_NO)
		.condition("DepartureFacts", "preventionListMatch == $param", "Cocok daftar Pencegahan\nPrevention-list match",
				CellType.YES_NO)
		.condition("DepartureFacts", "(intendsToWork == true || statedPurpose == Purpose.WORK) == $param",
				"Hendak bekerja (tujuan WORK atau mengaku saat wawancara)\nWants to work (purpose WORK or says so at interview)",
				CellType.YES_NO)
		.condition("DepartureFacts",
				"(registeredCpmi == true && workVisa == true && placementAgreement == true && employmentContract == true) == $param",
				"Dokumen PMI lengkap (CPMI terdaftar, visa kerja, perjanjian penempatan, perjanjian kerja)\nMigrant-worker documents complete (registered CPMI, work visa, placement agreement, employment contract)",
				CellType.YES_NO)
		.condition("DepartureFacts", "forall(||){statedPurpose == Purpose.$}",
				"Tujuan (salah satu)\nStated purpose (any of)", CellType.VALUES)
		.condition("DepartureFacts", "forall(&&){visaType != VisaType.$}",
				"Jenis visa bukan (semua)\nVisa type none of", CellType.VALUES)
		.condition("DepartureFacts", "returnTicket == $param", "Tiket pulang\nReturn ticket", CellType.YES_NO)
		.condition("DepartureFacts", "canStateTripDuration == $param",
				"Dapat menyebut lama perjalanan (wawancara)\nCan state trip duration (interview)", CellType.YES_NO)
		.condition("DepartureFacts", "purposeConsistent == $param",
				"Jawaban sesuai tujuan (wawancara)\nAnswers consistent with purpose (interview)", CellType.YES_NO)
		.condition("DepartureFacts", "forall(||){jobSector == JobSector.$}",
				"Sektor tawaran kerja (salah satu)\nJob offer sector (any of)", CellType.VALUES)
		.condition("DepartureFacts", "destinationLists contains \"$param\"",
				"Negara tujuan dalam daftar\nDestination on list", CellType.LIST_CODE)
		.condition("DepartureFacts", "routeLists contains \"$param\"",
				"Tujuan atau transit dalam daftar\nDestination or transit on list", CellType.LIST_CODE)
		.condition("DepartureFacts", "forall(||){routeCountries contains \"$\"}",
				"Negara tujuan atau transit (salah satu)\nDestination or transit country (any of)", CellType.COUNTRIES)
		.condition("DepartureFacts", "forall(||){recruitedVia == RecruitmentChannel.$}",
				"Direkrut melalui (salah satu)\nRecruited via (any of)", CellType.VALUES)
		.condition("DepartureFacts", "age < $param", "Umur kurang dari\nAge under", CellType.WHOLE_NUMBER)
		.condition("DepartureFacts", "forall(||){accompaniedBy == Companion.$}",
				"Didampingi oleh (salah satu)\nAccompanied by (any of)", CellType.VALUES)
		.condition("DepartureFacts", "(jobOffered == true || statedPurpose == Purpose.WORK) == $param",
				"Tujuan kerja atau ada tawaran kerja\nPurpose WORK or a job offer", CellType.YES_NO)
		.condition("DepartureFacts", "interviewed == $param", "Sudah diwawancarai\nInterviewed", CellType.YES_NO)
		.metadata("outcome", "Rekomendasi\nOutcome", CellType.OUTCOME)
		.metadata("reasonId", "Alasan (Bahasa Indonesia)\nReason (Bahasa Indonesia)", CellType.TEXT)
		.metadata("reasonEn", "Alasan (Inggris)\nReason (English)", CellType.TEXT)
		.metadata("legalBasis", "Dasar hukum (pisahkan dengan ;)\nLegal basis (separate with ;)", CellType.LEGAL_BASIS)
		.metadata("validFrom", "Berlaku sejak\nValid from", CellType.DATE)
		.metadata("validTo", "Berlaku sampai\nValid to", CellType.DATE)
		.metadata("note", "Catatan\nNote", CellType.TEXT)
		.build();

	private DepartureTableLayout() {
	}

}
