package id.imigrasi.decisions.engine.internal.tables;

/**
 * The passport-application table: one application at a passport counter (SPEC 2.1).
 * Declared as the committed workbook holds it; one line per column, in sheet order from
 * B.
 */
final class PassportApplicationTableLayout {

	static final TableLayout LAYOUT = TableLayout.builder("passport-application.drl.xlsx", "Permohonan Paspor")
		.title("Permohonan paspor biasa / Ordinary passport application")
		.ruleSet("id.imigrasi.decisions.rules.passport")
		.ruleTable("PermohonanPaspor")
		.condition("PassportApplicationFacts", "preventionListMatch == $param",
				"Cocok daftar Pencegahan\nPrevention-list match", CellType.YES_NO)
		.condition("PassportApplicationFacts", "issuanceSuspended == $param",
				"Penerbitan masih ditangguhkan\nIssuance still suspended", CellType.YES_NO)
		.condition("PassportApplicationFacts", "falseStatementProven == $param",
				"Keterangan tidak benar terbukti\nFalse statement proven", CellType.YES_NO)
		.condition("PassportApplicationFacts", "suspectedForgery == $param",
				"Dugaan pemalsuan dokumen\nSuspected forgery", CellType.YES_NO)
		.condition("PassportApplicationFacts", "dataMismatch == $param", "Data tidak cocok\nData mismatch",
				CellType.YES_NO)
		.condition("PassportApplicationFacts", "duplicateIdentityFound == $param",
				"Identitas ganda\nDuplicate identity", CellType.YES_NO)
		.condition("PassportApplicationFacts", "forall(||){applicationType == ApplicationType.$}",
				"Jenis permohonan (salah satu)\nApplication type (any of)", CellType.VALUES)
		.condition("PassportApplicationFacts", "forall(||){statedPurpose == Purpose.$}",
				"Tujuan (salah satu)\nStated purpose (any of)", CellType.VALUES)
		.condition("PassportApplicationFacts", "forall(&&){statedPurpose != Purpose.$}",
				"Tujuan bukan (semua)\nStated purpose none of", CellType.VALUES)
		.condition("PassportApplicationFacts", "age < $param", "Umur kurang dari\nAge under", CellType.WHOLE_NUMBER)
		.condition("PassportApplicationFacts", "forall(&&){documents contains DocumentType.$}",
				"Dokumen ada (semua)\nDocuments present (all of)", CellType.VALUES)
		.condition("PassportApplicationFacts", "forall(&&){documents not contains DocumentType.$}",
				"Dokumen tidak ada (semua)\nDocuments missing (all of)", CellType.VALUES)
		.condition("PassportApplicationFacts", "interviewed == $param", "Sudah diwawancarai\nInterviewed",
				CellType.YES_NO)
		.condition("PassportApplicationFacts", "intendsToWork == $param",
				"Menyatakan akan bekerja (wawancara)\nSays they will work (interview)", CellType.YES_NO)
		.condition("PassportApplicationFacts", "jobOffered == $param",
				"Ada tawaran kerja (wawancara)\nHolds a job offer (interview)", CellType.YES_NO)
		.condition("PassportApplicationFacts", "purposeConsistent == $param",
				"Jawaban sesuai tujuan (wawancara)\nAnswers consistent with purpose (interview)", CellType.YES_NO)
		.condition("PassportApplicationFacts", "canStateTripDuration == $param",
				"Dapat menyebut lama perjalanan (wawancara)\nCan state trip duration (interview)", CellType.YES_NO)
		.condition("PassportApplicationFacts",
				"(recruiterPresent == true || passportHeldByOther == true || costsPaidByThirdParty == true || jobSector == JobSector.ONLINE_SCAM_OR_GAMBLING) == $param",
				"Ada indikator TPPO (perekrut hadir, paspor dipegang orang lain, biaya dibayar pihak ketiga, tawaran kerja penipuan daring/judi)\nTrafficking indicator (recruiter present, passport held by other, costs paid by third party, online-scam or gambling job offer)",
				CellType.YES_NO)
		.condition("PassportApplicationFacts", "destinationLists contains \"$param\"",
				"Negara tujuan dalam daftar\nDestination on list", CellType.LIST_CODE)
		.decisionRowColumns()
		.build();

	private PassportApplicationTableLayout() {
	}

}
