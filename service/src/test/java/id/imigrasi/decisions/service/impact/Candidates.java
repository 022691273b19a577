package id.imigrasi.decisions.service.impact;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.imigrasi.decisions.service.ruleset.Workbooks;

/**
 * Edits planted in copies of the committed workbooks, found by column code and rule ID
 * (never by A1 cell), and the cases they change: a new departure row DC-099 for medical
 * travel without a return ticket, with a referral row RF-099 to Dinsos that follows it.
 * No committed row reaches such a traveller, so only these cases change.
 */
final class Candidates {

	static final String NEW_ROW = "DC-099";

	static final String NEW_REFERRAL = "RF-099";

	private static final ObjectMapper JSON = new ObjectMapper();

	private Candidates() {
	}

	/**
	 * The committed set with DC-099 (SECONDARY_INSPECTION) and RF-099 (Dinsos, routine).
	 */
	static Map<String, byte[]> withMedicalRows() {
		Map<String, byte[]> workbooks = Workbooks.withNewRow("departure.drl.xlsx",
				Map.of("ruleId", NEW_ROW, "forall(||){statedPurpose == Purpose.$}", "MEDICAL", "returnTicket == $param",
						"false", "outcome(\"$param\")", "SECONDARY_INSPECTION", "reasonId(\"$param\")",
						"Berobat tanpa tiket pulang: lakukan pemeriksaan lanjutan.", "reasonEn(\"$param\")",
						"Medical travel without a return ticket: secondary inspection.", "legalBasis(\"$param\")",
						"{TPI_EXAMINATION}", "validFrom(\"$param\")", "2016-01-01"));
		workbooks
			.put("referral.drl.xlsx", Workbooks
				.withNewRow("referral.drl.xlsx",
						Map.of("ruleId", NEW_REFERRAL, "forall(||){ruleId == \"$\"}", NEW_ROW, "agency(\"$param\")",
								"DINSOS", "urgency(\"$param\")", "ROUTINE", "reasonId(\"$param\")",
								"Berobat tanpa tiket pulang: tawarkan pendampingan sosial.", "reasonEn(\"$param\")",
								"Medical travel without a return ticket: offer social support.",
								"legalBasis(\"$param\")", "UU 21/2007 Pasal 51", "validFrom(\"$param\")", "2016-01-01"))
				.get("referral.drl.xlsx"));
		return workbooks;
	}

	/**
	 * A traveller going abroad for treatment without a return ticket, interviewed: no
	 * committed row fires, DC-099 does.
	 */
	static ObjectNode medical(String checkId, String nik, String name) {
		ObjectNode body = departure(checkId, nik, name);
		body.put("statedPurpose", "MEDICAL").put("returnTicket", false);
		return body;
	}

	/** A tourist with a return ticket, interviewed: no row fires, before or after. */
	static ObjectNode tourist(String checkId, String nik, String name) {
		return departure(checkId, nik, name);
	}

	private static ObjectNode departure(String checkId, String nik, String name) {
		try {
			return (ObjectNode) JSON.readTree("""
					{"checkId": "%s", "checkDate": "2025-05-19",
					 "person": {"nik": "%s", "fullName": "%s", "birthDate": "1980-03-14", "sex": "M",
					            "watchlist": {"preventionListMatch": false, "wantedForInvestigation": false}},
					 "travelDocument": {"type": "PASSPORT", "number": "X1234567", "expiryDate": "2030-01-01"},
					 "statedPurpose": "TOURISM", "destinationCountry": "FR", "visaType": "VISIT", "returnTicket": true,
					 "interview": {"purposeConsistent": true, "canStateTripDuration": true, "intendsToWork": false}}
					""".formatted(checkId, nik, name));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
