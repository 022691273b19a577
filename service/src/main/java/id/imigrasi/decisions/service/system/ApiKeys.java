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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The API keys of callers (decision systems), auditors and ruleset admins (SPEC 8.1, 9).
 * Keys are held only as SHA-256 digests and compared in constant time; a key's holder is
 * known by a label, never by its key: {@code caller-1}, {@code auditor-1} by position in
 * the list, or a name given as {@code name:key}. The label is what owns a decision in the
 * log, so a named key keeps its decisions when the key is rotated or the list reordered.
 * With no key configured at all, one key of each kind is generated and printed once at
 * start, so the embedded run works out of the box.
 */
@Component
public class ApiKeys {

	private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

	/**
	 * What a key may do (SPEC 8.1): a caller decides, records the outcome of and reads
	 * its own decisions; an auditor reads, searches and replays any decision and reads
	 * the criteria statistics; an admin manages rulesets and may do all an auditor may.
	 */
	public enum Role {

		CALLER, AUDITOR, ADMIN

	}

	private static final Pattern NAMED = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]{0,63}):(.+)");

	/**
	 * A key as kept: its digest, its kind and the label logs and the decision log use.
	 */
	record Key(String label, Role role, byte[] digest) {
	}

	private final List<Key> keys = new ArrayList<>();

	ApiKeys(@Value("${decisions.security.caller-keys:}") String callerKeys,
			@Value("${decisions.security.auditor-keys:}") String auditorKeys,
			@Value("${decisions.security.admin-keys:}") String adminKeys) {
		List<String> callers = split(callerKeys);
		List<String> auditors = split(auditorKeys);
		List<String> admins = split(adminKeys);
		if (callers.isEmpty() && auditors.isEmpty() && admins.isEmpty()) {
			callers = List.of(generate());
			auditors = List.of(generate());
			admins = List.of(generate());
			// Printed once, to the console of whoever started the service;
			// never to a log.
			System.out.println(
					"""

							No API keys configured (DECISION_API_KEYS, AUDITOR_API_KEYS, ADMIN_API_KEYS); generated for this run:
							  caller key  (X-API-Key for decisions and their outcomes): %s
							  auditor key (X-API-Key for search, replay, criteria statistics): %s
							  admin key   (X-API-Key for rulesets, and all an auditor may): %s
							"""
						.formatted(callers.get(0), auditors.get(0), admins.get(0)));
		}
		else if (admins.isEmpty()) {
			log.warn("No admin API key configured (ADMIN_API_KEYS): rulesets cannot be activated");
		}
		add(callers, Role.CALLER);
		add(auditors, Role.AUDITOR);
		add(admins, Role.ADMIN);
		log.info("API keys: {} caller key(s), {} auditor key(s), {} admin key(s)", callers.size(), auditors.size(),
				admins.size());
	}

	/**
	 * The authentication a presented key stands for, if it is one of ours: the key's
	 * label as principal (never the key) and its roles as authorities, an admin's
	 * including an auditor's and a caller's (SPEC 8.1). The API's key filter and the
	 * console's sign-in both authenticate here, so a key means the same in both.
	 */
	public Optional<Authentication> authenticate(String presented) {
		return find(presented).map((key) -> {
			List<SimpleGrantedAuthority> roles = switch (key.role()) {
				case ADMIN -> List.of(authority(Role.ADMIN), authority(Role.AUDITOR), authority(Role.CALLER));
				case AUDITOR -> List.of(authority(Role.AUDITOR));
				case CALLER -> List.of(authority(Role.CALLER));
			};
			return UsernamePasswordAuthenticationToken.authenticated(key.label(), null, roles);
		});
	}

	private static SimpleGrantedAuthority authority(Role role) {
		return new SimpleGrantedAuthority("ROLE_" + role.name());
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

	/**
	 * A label names one holder and a key has one role: either mix-up would let one holder
	 * read another's decisions or act in a role it was not given, so it stops the start.
	 */
	private void add(List<String> presented, Role role) {
		for (int i = 0; i < presented.size(); i++) {
			Matcher named = NAMED.matcher(presented.get(i));
			String label = named.matches() ? named.group(1)
					: role.name().toLowerCase(java.util.Locale.ROOT) + "-" + (i + 1);
			byte[] digest = digest(named.matches() ? named.group(2) : presented.get(i));
			for (Key key : this.keys) {
				if (key.label().equals(label)) {
					throw new IllegalStateException("Two API keys are labelled " + label + "; give each its own name");
				}
				if (MessageDigest.isEqual(key.digest(), digest)) {
					throw new IllegalStateException("The key labelled " + label + " is also configured as "
							+ key.label() + "; give each holder and each role its own key");
				}
			}
			this.keys.add(new Key(label, role, digest));
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
