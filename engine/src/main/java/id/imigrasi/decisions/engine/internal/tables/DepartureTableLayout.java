package id.imigrasi.decisions.engine.internal.tables;

/**
 * The departure table: one traveller at a TPI exit check (SPEC 2.2). Declared as the
 * committed workbook holds it (revision 2, issue 13); one line per column, in sheet order
 * from B.
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
		.condition("DepartureFacts", "landBorderPostTowardDestination == $param",
				"Di pos lintas batas darat menuju negara tujuan (lists.xlsx, Pos Lintas Batas)\nAt a land-border post toward the destination (lists.xlsx, Pos Lintas Batas)",
				CellType.YES_NO)
		.condition("DepartureFacts", "wantedForInvestigation == $param",
				"Diperlukan untuk penyidikan\nWanted for investigation", CellType.YES_NO)
		.condition("DepartureFacts", "preventionListMatch == $param", "Cocok daftar Pencegahan\nPrevention-list match",
				CellType.YES_NO)
		.condition("DepartureFacts",
				"(intendsToWork == true || jobOffered == true || statedPurpose == Purpose.WORK) == $param",
				"Ada kaitan kerja (tujuan WORK, menyatakan akan bekerja, atau ada tawaran kerja)\nWork nexus (purpose WORK, says they will work, or a job offer)",
				CellType.YES_NO)
		.condition("DepartureFacts", "intendsToWork == $param",
				"Menyatakan akan bekerja (wawancara)\nSays they will work (interview)", CellType.YES_NO)
		.condition("DepartureFacts",
				"(registeredCpmi == true && workVisa == true && placementAgreement == true && employmentContract == true) == $param",
				"Dokumen PMI lengkap (CPMI terdaftar, visa kerja, perjanjian penempatan, perjanjian kerja)\nMigrant-worker documents complete (registered CPMI, work visa, placement agreement, employment contract)",
				CellType.YES_NO)
		.condition("DepartureFacts", "forall(||){statedPurpose == Purpose.$}",
				"Tujuan (salah satu)\nStated purpose (any of)", CellType.VALUES)
		.condition("DepartureFacts", "forall(&&){statedPurpose != Purpose.$}",
				"Tujuan bukan (semua)\nStated purpose none of", CellType.VALUES)
		.condition("DepartureFacts", "forall(||){visaType == VisaType.$}",
				"Jenis visa (salah satu)\nVisa type (any of)", CellType.VALUES)
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
		.condition("DepartureFacts",
				"(recruiterPresent == true || passportHeldByOther == true || costsPaidByThirdParty == true || jobSector == JobSector.ONLINE_SCAM_OR_GAMBLING) == $param",
				"Ada indikator TPPO (perekrut hadir, paspor dipegang orang lain, biaya dibayar pihak ketiga, tawaran kerja penipuan daring/judi)\nTrafficking indicator (recruiter present, passport held by other, costs paid by third party, online-scam or gambling job offer)",
				CellType.YES_NO)
		.condition("DepartureFacts", "passengerAnalysisFlag == $param",
				"Ditandai unit analisis penumpang\nFlagged by the passenger analysis unit", CellType.YES_NO)
		.condition("DepartureFacts", "interviewed == $param", "Sudah diwawancarai\nInterviewed", CellType.YES_NO)
		.decisionRowColumns()
		.build();

	private DepartureTableLayout() {
	}

}
