package id.imigrasi.decisions.service.audit;

import java.time.Clock;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;

/**
 * The facts a decision was made on, as they are kept: the request as read, with the NIK
 * replaced by its keyed hash, without the name or the travel document number (no rule
 * reads them), and with the legal date actually used written in, so that a request that
 * gave no date replays on the day it was decided (SPEC 2.4 item 4). Public for the
 * features that evaluate logged facts again (the impact of a candidate ruleset), so that
 * they read them exactly as a replay does.
 */
@Component
public final class StoredFacts {

	/** Stands in for the NIK on replay; no rule reads the NIK. */
	static final String NIK_PLACEHOLDER = "0000000000000000";

	private final ObjectMapper json;

	private final RequestReader reader;

	public StoredFacts(ObjectMapper json, Clock clock) {
		this.json = json;
		this.reader = new RequestReader(clock);
	}

	ObjectNode keep(ReadResult request, LocalDate legalDate, String nikHash) {
		ObjectNode facts = this.json.valueToTree(request.request());
		ObjectNode person = (ObjectNode) facts.get("person");
		person.put("nik", nikHash);
		person.remove("fullName");
		if (facts.get("travelDocument") instanceof ObjectNode document) {
			document.remove("number");
		}
		facts.put(request.service().legalDateField(), legalDate.toString());
		return facts;
	}

	/**
	 * The typed request again, read as strictly as the API reads it, for a replay.
	 * @throws IllegalStateException when the stored facts are not JSON
	 */
	public ReadResult request(DecisionService service, String facts) {
		try {
			JsonNode node = this.json.readTree(facts);
			((ObjectNode) node.get("person")).put("nik", NIK_PLACEHOLDER);
			return this.reader.read(service, node);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored facts are not JSON", ex);
		}
	}

}
