package id.imigrasi.decisions.model.request;

/**
 * Supporting documents of a passport application (SPEC 3: {@code documents}).
 * {@code UMRAH_SERVICE_RECEIPT} is the proof of an umrah service package bought through
 * the ministry's information system (UU 14/2025 Pasal 87A), which an independent pilgrim
 * shows instead of a PPIU letter.
 */
public enum DocumentType {

	KTP, KK, BIRTH_CERTIFICATE, MARRIAGE_CERTIFICATE, PARENTAL_CONSENT, SPOUSE_CONSENT, DISNAKER_RECOMMENDATION,
	HEALTH_CERTIFICATE, PPIU_LETTER, KEMNAKER_INTERNSHIP_RECOMMENDATION, INVITATION_LETTER, ADMISSION_LETTER,
	EMPLOYER_LETTER, UMRAH_SERVICE_RECEIPT

}
