package id.imigrasi.decisions.service.ruleset;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * Whether the committed tables are still those of main at 0e24d9e, which break the
 * shipped properties P-MINOR, P-IMMEDIATE and P-CITED (issue 13). The property gate
 * refuses every upload of such tables, as it must; the tests that need an upload to go
 * live wait, skipped with this message, until the legal revision of the tables lands with
 * the gate.
 */
public final class TablesRevision {

	/** SHA-1 of each workbook at 0e24d9e (as {@code sha1sum} prints it). */
	private static final Map<String, String> BEFORE = Map.of("departure.drl.xlsx",
			"0ff1f4fc4a03f7b2ff1b8ca54afee550d709a0bc", "lists.xlsx", "807ead2ff3078b2f636505c51540bdb44ba496c4",
			"passport-application.drl.xlsx", "9aedf6174768431c99188dada850314972d91a74", "referral.drl.xlsx",
			"51c811a46a261e8ad6db432b824e50acc5778630");

	private TablesRevision() {
	}

	/** Whether the committed tables changed since 0e24d9e (issue 13 landed). */
	public static boolean landed() {
		Map<String, byte[]> committed = Workbooks.committed();
		if (!committed.keySet().equals(BEFORE.keySet())) {
			return true;
		}
		return committed.entrySet().stream().anyMatch((e) -> !BEFORE.get(e.getKey()).equals(sha1(e.getValue())));
	}

	/** Skips the calling test while the tables break the shipped properties. */
	public static void assumeLanded() {
		Assumptions.assumeTrue(landed(), "decision-tables/ are still those of 0e24d9e, which break P-MINOR, "
				+ "P-IMMEDIATE and P-CITED (issue 13): the property gate refuses every upload of them; this test "
				+ "runs once the legal revision of the tables lands");
	}

	private static String sha1(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
