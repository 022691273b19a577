package id.imigrasi.decisions.service.notice;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.imigrasi.decisions.model.Agency;

/**
 * What a notice may not say, checked on every text that comes from the tables: the notice
 * is read out at the counter, perhaps beside the person's recruiter. The validator
 * already refuses such citizen texts in a new upload (UNSAFE_CITIZEN_TEXT); this holds
 * for a version kept from before that check, and for the legal basis, which the validator
 * cannot refuse.
 */
final class NoticeSafety {

	/**
	 * Citations that name the offence a person is suspected to be the victim or the
	 * object of: citing the trafficking law (UU 21/2007, outbound trafficking Pasal 4 on
	 * every date) or the smuggling articles tells a trafficker what the officer suspects.
	 * The administrative ground of the same row (the TPI examination regulation, UU
	 * 6/2011) stays on the notice; the full basis is in the decision log for an
	 * objection.
	 */
	static final List<String> WITHHELD_CITATIONS = List.of("UU 21/2007", "UU 1/2023 (KUHP) Pasal 455",
			"UU 1/2023 (KUHP) Pasal 457", "UU 6/2011 Pasal 120");

	/**
	 * Words of police, trafficking, referrals, testimony and recruiters, as the
	 * validator's citizen-text check knows them, and the agencies a person is referred to
	 * for protection or investigation (the manpower offices a person registers with are
	 * advice, not referrals).
	 */
	private static final Pattern UNSAFE = Pattern.compile(
			"\\b(polisi|polri|kepolisian|bareskrim|polres\\w*|tppo"
					+ "|perdagangan orang|penyelundup\\w*|eksploitasi|dieksploitasi|\\w*rujuk\\w*|saksi|bersaksi|lpsk"
					+ "|perekrut\\w*|direkrut|merekrut|police|traffick\\w*|smuggl\\w*|exploit\\w*|refer(red|ral|rals)?"
					+ "|testif\\w*|testimony|witness\\w*|recruit\\w*|uptd|p2tp2a|ppns|dinas sosial|kemensos)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AGENCY_CODE = Pattern.compile("\\b(" + Arrays.stream(Agency.values())
		.filter((agency) -> agency != Agency.KP2MI && agency != Agency.DISNAKER)
		.map(Agency::name)
		.collect(Collectors.joining("|")) + ")\\b");

	private NoticeSafety() {
	}

	/** Whether a text from the tables may be printed on a notice; null is safe. */
	static boolean safe(String text) {
		return text == null || (!UNSAFE.matcher(text).find() && !AGENCY_CODE.matcher(text).find());
	}

	/** Whether a citation of a ground may be printed on a notice. */
	static boolean citable(String citation) {
		return safe(citation) && WITHHELD_CITATIONS.stream().noneMatch(citation::startsWith);
	}

}
