package id.imigrasi.decisions.service.impact;

import java.io.IOException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.Finding;
import id.imigrasi.decisions.engine.Referral;

/**
 * What the impact compares of two decisions of one case, the parts that matter to the
 * person and to the agencies: the recommendation, which rows fired (by rule ID), and
 * which agencies are referred to with which urgency. Reasons and citations are not
 * compared: a reworded reason changes no decision.
 *
 * @param ruleIds every rule ID among the findings, decision and referral rows alike
 * @param referrals agency code to urgency
 */
record Verdict(String recommendation, SortedSet<String> ruleIds, SortedMap<String, String> referrals) {

	static Verdict of(Decision decision) {
		SortedSet<String> ruleIds = new TreeSet<>();
		for (Finding finding : decision.findings()) {
			ruleIds.add(finding.ruleId());
		}
		SortedMap<String, String> referrals = new TreeMap<>();
		for (Referral referral : decision.referrals()) {
			referrals.put(referral.agency().name(), referral.urgency().name());
		}
		return new Verdict(decision.recommendation().name(), ruleIds, referrals);
	}

	/**
	 * The same parts of a decision as it was answered and logged (the API's JSON, SPEC
	 * 4), read as a stream: only these fields are looked at, the reasons, citations and
	 * facts of each finding are skipped unread.
	 * @throws IOException when the logged answer is not such a decision
	 */
	static Verdict read(JsonFactory json, String answer) throws IOException {
		String recommendation = null;
		SortedSet<String> ruleIds = new TreeSet<>();
		SortedMap<String, String> referrals = new TreeMap<>();
		try (JsonParser parser = json.createParser(answer)) {
			expect(parser.nextToken(), JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (field) {
					case "recommendation" -> recommendation = parser.getValueAsString();
					case "findings" -> readArray(parser, value, (name) -> {
						if ("ruleId".equals(name)) {
							ruleIds.add(parser.getValueAsString());
							return true;
						}
						return false;
					}, null);
					case "referrals" -> {
						String[] entry = new String[2];
						readArray(parser, value, (name) -> {
							if ("agency".equals(name)) {
								entry[0] = parser.getValueAsString();
								return true;
							}
							if ("urgency".equals(name)) {
								entry[1] = parser.getValueAsString();
								return true;
							}
							return false;
						}, () -> {
							if (entry[0] == null || entry[1] == null) {
								throw new IOException("A logged referral without agency or urgency");
							}
							referrals.put(entry[0], entry[1]);
							entry[0] = null;
							entry[1] = null;
						});
					}
					default -> parser.skipChildren();
				}
			}
		}
		if (recommendation == null) {
			throw new IOException("A logged answer without a recommendation");
		}
		return new Verdict(recommendation, Collections.unmodifiableSortedSet(ruleIds),
				Collections.unmodifiableSortedMap(referrals));
	}

	/** Reads the wanted string fields of each object of an array, skipping the rest. */
	private static void readArray(JsonParser parser, JsonToken start, Field field, Done done) throws IOException {
		if (start == JsonToken.VALUE_NULL) {
			return;
		}
		expect(start, JsonToken.START_ARRAY);
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value != JsonToken.VALUE_STRING || !field.read(name)) {
					parser.skipChildren();
				}
			}
			if (done != null) {
				done.run();
			}
		}
		expect(parser.currentToken(), JsonToken.END_ARRAY);
	}

	private static void expect(JsonToken token, JsonToken expected) throws IOException {
		if (token != expected) {
			throw new IOException("A logged answer is not a decision: " + expected + " expected, " + token + " found");
		}
	}

	private interface Field {

		boolean read(String name) throws IOException;

	}

	private interface Done {

		void run() throws IOException;

	}

}
