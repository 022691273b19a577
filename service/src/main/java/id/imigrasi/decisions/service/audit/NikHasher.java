package id.imigrasi.decisions.service.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NIK as a keyed hash (HMAC-SHA256): the same person is found again, but the number
 * cannot be read back, nor guessed by hashing all 16-digit numbers without the key (UU
 * 27/2022 on personal data; SPEC 3: never stored in clear).
 */
final class NikHasher {

	static final String KEY_FILE = "nik-hash.key";

	/** 256 bits, as long as the HMAC-SHA256 output. */
	static final int MINIMUM_SECRET_LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(NikHasher.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	NikHasher(String secret) {
		if (secret.length() < MINIMUM_SECRET_LENGTH) {
			// Never quote the secret, not even in part.
			throw new IllegalStateException(
					"decisions.nik-hash-secret must be at least " + MINIMUM_SECRET_LENGTH + " characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * The configured secret, or else one generated once into the data folder, so that a
	 * person's decisions can still be found after a restart.
	 */
	static NikHasher configured(String secret, Path dataDir) {
		if (secret != null && !secret.isBlank()) {
			return new NikHasher(secret.strip());
		}
		Path file = dataDir.resolve(KEY_FILE);
		try {
			if (Files.notExists(file)) {
				generate(file);
				log.warn("No NIK hash secret configured: generated one into {}. Set DECISIONS_NIK_HASH_SECRET "
						+ "(e.g. to that file's content) and keep it with the database backups; "
						+ "without it no person's decisions can be found again.", file.toAbsolutePath());
			}
			return new NikHasher(Files.readString(file, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot keep the NIK hash key in " + file.toAbsolutePath(), ex);
		}
	}

	/** Lower-case hex, 64 characters. */
	String hash(String nik) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** Created owner-only from the start, so the key is never readable by others. */
	private static void generate(Path file) throws IOException {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		Files.createDirectories(file.getParent());
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		FileAttribute<?>[] ownerOnly = posix
				? new FileAttribute<?>[] {
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
		try {
			Files.createFile(file, ownerOnly);
		}
		catch (FileAlreadyExistsException ex) {
			return; // another start won the race: use its key
		}
		Files.write(file, Base64.getEncoder().encode(random), StandardOpenOption.TRUNCATE_EXISTING);
	}

}
