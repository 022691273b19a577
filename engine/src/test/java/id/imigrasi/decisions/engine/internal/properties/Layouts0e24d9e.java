package id.imigrasi.decisions.engine.internal.properties;

import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.internal.tables.CellType;
import id.imigrasi.decisions.engine.internal.tables.TableLayout;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;

/**
 * The header rows of the tables of 0e24d9e, as the engine declared them before the legal
 * revision of issue 13 added columns: the fixture {@code tables-0e24d9e/} is compiled
 * against these, so the property tests keep proving what they prove on it.
 */
final class Layouts0e24d9e {

	private static final TableLayout DEPARTURE = TableLayout.builder("departure.drl.xlsx", "Keberangkatan")
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

	private static final TableLayout PASSPORT = TableLayout
		.builder("passport-application.drl.xlsx", "Permohonan Paspor")
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
		.condition("PassportApplicationFacts", "(intendsToWork == true) == $param",
				"Mengaku hendak bekerja (wawancara)\nAdmits intent to work (interview)", CellType.YES_NO)
		.condition("PassportApplicationFacts", "purposeConsistent == $param",
				"Jawaban sesuai tujuan (wawancara)\nAnswers consistent with purpose (interview)", CellType.YES_NO)
		.condition("PassportApplicationFacts", "destinationLists contains \"$param\"",
				"Negara tujuan dalam daftar\nDestination on list", CellType.LIST_CODE)
		.metadata("outcome", "Rekomendasi\nOutcome", CellType.OUTCOME)
		.metadata("reasonId", "Alasan (Bahasa Indonesia)\nReason (Bahasa Indonesia)", CellType.TEXT)
		.metadata("reasonEn", "Alasan (Inggris)\nReason (English)", CellType.TEXT)
		.metadata("legalBasis", "Dasar hukum (pisahkan dengan ;)\nLegal basis (separate with ;)", CellType.LEGAL_BASIS)
		.metadata("validFrom", "Berlaku sejak\nValid from", CellType.DATE)
		.metadata("validTo", "Berlaku sampai\nValid to", CellType.DATE)
		.metadata("note", "Catatan\nNote", CellType.TEXT)
		.build();

	private static final TableLayout REFERRAL = TableLayout.builder("referral.drl.xlsx", "Rujukan")
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
		.condition("CaseFacts", "willingToTestify == $param", "Bersedia bersaksi\nWilling to testify", CellType.YES_NO)
		.condition("CaseFacts", "(intendsToWork == true || statedPurpose == Purpose.WORK) == $param",
				"Hendak bekerja (tujuan WORK atau mengaku saat wawancara)\nWants to work (purpose WORK or says so at interview)",
				CellType.YES_NO)
		.condition("CaseFacts", "age >= $param", "Umur paling rendah\nAge at least", CellType.WHOLE_NUMBER)
		.condition("CaseFacts", "forall(||){routeCountries contains \"$\"}",
				"Negara tujuan atau transit (salah satu)\nDestination or transit country (any of)", CellType.COUNTRIES)
		.condition("CaseFacts", "forall(||){recruitedVia == RecruitmentChannel.$}",
				"Direkrut melalui (salah satu)\nRecruited via (any of)", CellType.VALUES)
		.condition("DepartureFacts", "forall(||){accompaniedBy == Companion.$}",
				"Didampingi oleh (salah satu) [keberangkatan]\nAccompanied by (any of) [departure]", CellType.VALUES)
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
		.metadata("note", "Catatan\nNote", CellType.TEXT)
		.build();

	static final List<TableLayout> ALL = List.of(DEPARTURE, PASSPORT, REFERRAL);

	private Layouts0e24d9e() {
	}

	/** Compiles workbooks shaped as the fixture, against the fixture's declarations. */
	static Ruleset compile(Map<String, byte[]> workbooks) {
		try (AutoCloseable declared = TableLayouts.declareForTest(ALL)) {
			return Ruleset.compile("test-" + Integer.toHexString(workbooks.hashCode()), workbooks);
		}
		catch (RulesetException ex) {
			throw new AssertionError(ex.getMessage(), ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
