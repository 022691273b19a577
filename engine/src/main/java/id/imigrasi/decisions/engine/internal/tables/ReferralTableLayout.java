package id.imigrasi.decisions.engine.internal.tables;

/**
 * The referral table, read for both services (SPEC 2.3): its conditions read the facts of
 * either service ({@code CaseFacts}), of one service only, or the rows that fired
 * ({@code RowMatch}). Declared as the committed workbook holds it; one line per column,
 * in sheet order from B.
 */
final class ReferralTableLayout {

	static final TableLayout LAYOUT = TableLayout.builder("referral.drl.xlsx", "Rujukan")
		.title("Rujukan ke instansi (kedua layanan) / Referrals to agencies (both services)")
		.ruleSet("id.imigrasi.decisions.rules.referral")
		.ruleTable("Rujukan")
		.condition("CaseFacts",
				"(recruiterPresent == true || passportHeldByOther == true || costsPaidByThirdParty == true || jobSector == JobSector.ONLINE_SCAM_OR_GAMBLING) == $param",
				"Ada indikator TPPO (perekrut hadir, paspor dipegang orang lain, biaya dibayar pihak ketiga, tawaran kerja penipuan daring/judi)\nTrafficking indicator (recruiter present, passport held by other, costs paid by third party, online-scam or gambling job offer)",
				CellType.YES_NO)
		.condition("CaseFacts", "recruiterPresent == $param", "Perekrut hadir\nRecruiter present", CellType.YES_NO)
		.condition("CaseFacts", "(costsPaidByThirdParty == true || passportHeldByOther == true) == $param",
				"Biaya dibayar pihak ketiga atau paspor dipegang orang lain\nCosts paid by third party or passport held by other",
				CellType.YES_NO)
		.condition("CaseFacts", "(sex == Sex.F || age < $param)",
				"Perempuan, atau umur kurang dari\nFemale, or age under", CellType.WHOLE_NUMBER)
		.condition("CaseFacts", "forall(||){sex == Sex.$}",
				"Jenis kelamin (salah satu); hanya untuk memilih layanan pelindungan\nSex (any of); only to choose a protective service",
				CellType.VALUES)
		.condition("CaseFacts", "willingToTestify == $param", "Bersedia bersaksi\nWilling to testify", CellType.YES_NO)
		.condition("CaseFacts",
				"(intendsToWork == true || jobOffered == true || statedPurpose == Purpose.WORK) == $param",
				"Ada kaitan kerja (tujuan WORK, menyatakan akan bekerja, atau ada tawaran kerja)\nWork nexus (purpose WORK, says they will work, or a job offer)",
				CellType.YES_NO)
		.condition("CaseFacts", "forall(&&){statedPurpose != Purpose.$}",
				"Tujuan bukan (semua)\nStated purpose none of", CellType.VALUES)
		.condition("CaseFacts", "age >= $param", "Umur paling rendah\nAge at least", CellType.WHOLE_NUMBER)
		.condition("CaseFacts", "age < $param", "Umur kurang dari\nAge under", CellType.WHOLE_NUMBER)
		.condition("CaseFacts", "forall(||){routeCountries contains \"$\"}",
				"Negara tujuan atau transit (salah satu)\nDestination or transit country (any of)", CellType.COUNTRIES)
		.condition("CaseFacts", "forall(||){recruitedVia == RecruitmentChannel.$}",
				"Direkrut melalui (salah satu)\nRecruited via (any of)", CellType.VALUES)
		.condition("DepartureFacts", "forall(||){accompaniedBy == Companion.$}",
				"Didampingi oleh (salah satu) [keberangkatan]\nAccompanied by (any of) [departure]", CellType.VALUES)
		.condition("DepartureFacts", "forall(&&){accompaniedBy != Companion.$}",
				"Didampingi oleh bukan (semua); kosong = tidak tercatat [keberangkatan]\nAccompanied by none of; absent = not recorded [departure]",
				CellType.VALUES)
		.condition("DepartureFacts", "(registeredCpmi == true) == $param",
				"Terdaftar sebagai CPMI [keberangkatan]\nRegistered CPMI [departure]", CellType.YES_NO)
		.condition("PassportApplicationFacts", "forall(&&){documents not contains DocumentType.$}",
				"Dokumen tidak ada (semua) [paspor]\nDocuments missing (all of) [passport]", CellType.VALUES)
		.condition("RowMatch", "forall(||){ruleId == \"$\"}",
				"Bila salah satu aturan ini berlaku\nWhen any of these rules applies", CellType.RULE_IDS)
		.metadata("agency", "Instansi rujukan\nReferral agency", CellType.AGENCY)
		.metadata("urgency", "Urgensi\nUrgency", CellType.URGENCY)
		.metadata("reasonId", "Alasan (Bahasa Indonesia)\nReason (Bahasa Indonesia)", CellType.TEXT)
		.metadata("reasonEn", "Alasan (Inggris)\nReason (English)", CellType.TEXT)
		.metadata("legalBasis", "Dasar hukum (pisahkan dengan ;)\nLegal basis (separate with ;)", CellType.LEGAL_BASIS)
		.metadata("validFrom", "Berlaku sejak\nValid from", CellType.DATE)
		.metadata("validTo", "Berlaku sampai\nValid to", CellType.DATE)
		.metadata("owner", "Penanggung jawab\nOwner", CellType.TEXT)
		.metadata("reviewBy", "Ditinjau paling lambat\nReview by", CellType.DATE)
		.metadata("note", "Catatan\nNote", CellType.TEXT)
		.build();

	private ReferralTableLayout() {
	}

}
