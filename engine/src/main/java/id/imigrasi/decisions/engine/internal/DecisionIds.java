package id.imigrasi.decisions.engine.internal;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Decision IDs: UUIDs of version 7 (RFC 9562), the millisecond of the decision then 74
 * random bits. As unguessable as {@code UUID.randomUUID()} for anyone without the
 * service's memory, but the random bytes come from a per-thread buffer that a
 * {@link SecureRandom} refills once per 256 IDs, not from a locked generator per decision
 * (4 % of an evaluation, bench/RESULTS.md); and IDs of later decisions sort later, so the
 * decision log's primary key grows at one end instead of splitting pages at random.
 */
final class DecisionIds {

	private static final SecureRandom SEED = new SecureRandom();

	private static final ThreadLocal<ByteBuffer> RANDOM = ThreadLocal
		.withInitial(() -> ByteBuffer.allocate(4096).position(4096));

	private DecisionIds() {
	}

	static String next() {
		ByteBuffer random = RANDOM.get();
		if (random.remaining() < 16) {
			SEED.nextBytes(random.array());
			random.clear();
		}
		long high = random.getLong();
		long low = random.getLong();
		long msb = (System.currentTimeMillis() << 16) | 0x7000L | (high & 0x0FFFL);
		long lsb = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb).toString();
	}

}
