package id.imigrasi.decisions.service.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API keys of callers (decision systems) and of ruleset admins (SPEC 9). Keys are
 * held only as SHA-256 digests and compared in constant time; a caller is known by a
 * label such as {@code caller-1}, never by its key. With no key configured at all, one
 * key of each kind is generated and printed once at start, so the embedded run works out
 * of the box.
 */
@Component
public class ApiKeys {

	private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

	/** Who a key belongs to. */
	public enum Role {

		CALLER, ADMIN

	}

	/**
	 * A key as kept: its digest, its kind and the label logs and the decision log use.
	 */
	record Key(String label, Role role, byte[] digest) {
	}

	private final List<Key> keys = new ArrayList<>();

	ApiKeys(@Value("${decisions.security.caller-keys:}") String callerKeys,
			@Value("${decisions.security.admin-keys:}") String adminKeys) {
		List<String> callers = split(callerKeys);
		List<String> admins = split(adminKeys);
		if (callers.isEmpty() && admins.isEmpty()) {
			callers = List.of(generate());
			admins = List.of(generate());
			// Printed once, to the console of whoever started the service;
			// never to a log.
			System.out.println("""

					No API keys configured (DECISION_API_KEYS, ADMIN_API_KEYS); generated for this run:
					  caller key (X-API-Key for decisions): %s
					  admin key  (X-API-Key for ruleset activation): %s
					""".formatted(callers.get(0), admins.get(0)));
		}
		else if (admins.isEmpty()) {
			log.warn("No admin API key configured (ADMIN_API_KEYS): rulesets cannot be activated");
		}
		add(callers, Role.CALLER);
		add(admins, Role.ADMIN);
		log.info("API keys: {} caller key(s), {} admin key(s)", callers.size(), admins.size());
	}

	/** The key's holder, if the presented key is one of ours. */
	Optional<Key> find(String presented) {
		if (presented == null || presented.isEmpty()) {
			return Optional.empty();
		}
		byte[] digest = digest(presented);
		Key found = null;
		for (Key key : this.keys) {
			// Every key is compared, equal digests in constant
			// time: timing tells nothing.
			if (MessageDigest.isEqual(key.digest(), digest) && found == null) {
				found = key;
			}
		}
		return Optional.ofNullable(found);
	}

	private void add(List<String> presented, Role role) {
		for (int i = 0; i < presented.size(); i++) {
			this.keys.add(new Key(role.name().toLowerCase(java.util.Locale.ROOT) + "-" + (i + 1), role,
					digest(presented.get(i))));
		}
	}

	private static List<String> split(String keys) {
		return Arrays.stream(keys.split(",")).map(String::strip).filter((k) -> !k.isEmpty()).toList();
	}

	private static String generate() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
