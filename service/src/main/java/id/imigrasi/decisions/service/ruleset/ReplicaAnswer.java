package id.imigrasi.decisions.service.ruleset;

import java.time.Instant;

/**
 * One replica as {@code GET /api/v1/rulesets/replicas} answers it: which activation and
 * version it serves, whether it is ready, and why not.
 *
 * @param live seen within the last 10 s (replicas report every 2 s)
 */
public record ReplicaAnswer(String replica, Instant startedAt, Instant seenAt, boolean live, long activation,
		String version, String sha256, boolean ready, String problem) {

}
