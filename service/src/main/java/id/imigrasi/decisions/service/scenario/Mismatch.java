package id.imigrasi.decisions.service.scenario;

/**
 * One way a decision differs from what the pack expects, in words a trainer can read.
 *
 * @param what the expectation key, e.g. {@code recommendation} or {@code urgency.POLRI}
 */
public record Mismatch(String what, String expected, String actual) {

	@Override
	public String toString() {
		return this.what + ": diharapkan (expected) " + this.expected + ", hasil (actual) " + this.actual;
	}

}
