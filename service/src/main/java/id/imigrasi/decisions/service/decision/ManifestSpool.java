package id.imigrasi.decisions.service.decision;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * The first pass over a batch body: copied to a temporary file while its bytes and lines
 * are counted, so a body over the limits is refused (413) before a single line is
 * evaluated, and the second pass can then read it line by line without holding it in
 * memory. The declared Content-Length cannot be enough: it says nothing of the line
 * count, and a chunked body declares none.
 *
 * <p>
 * The file holds NIKs and names (SPEC 3: never stored in clear), so it is written
 * encrypted (AES-CTR) under a key that exists only in this object's memory, readable by
 * the owner only, and deleted on {@link #close()}; a file left behind by a crash is
 * unreadable.
 */
final class ManifestSpool implements Closeable {

	private static final int CHUNK = 64 * 1024;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path file;

	private final SecretKey key;

	private final byte[] iv;

	private final int lines;

	private final long bytes;

	private ManifestSpool(Path file, SecretKey key, byte[] iv, int lines, long bytes) {
		this.file = file;
		this.key = key;
		this.iv = iv;
		this.lines = lines;
		this.bytes = bytes;
	}

	/**
	 * Reads the whole body into a new spool file.
	 * @param declaredLength the Content-Length, or -1 when none was declared
	 * @throws BatchTooLargeException as soon as the declared length, the bytes read or
	 * the lines counted pass the limits; nothing is kept then
	 */
	static ManifestSpool of(InputStream body, long declaredLength, long maxBytes, int maxLines) throws IOException {
		if (declaredLength > maxBytes) {
			throw new BatchTooLargeException(maxLines, maxBytes);
		}
		SecretKey key = newKey();
		byte[] iv = new byte[16];
		RANDOM.nextBytes(iv);
		Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv);
		Path file = createFile();
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
			byte[] chunk = new byte[CHUNK];
			byte[] sealed = new byte[CHUNK];
			long total = 0;
			long newlines = 0;
			int last = '\n';
			for (int n; (n = body.read(chunk)) >= 0;) {
				total += n;
				for (int i = 0; i < n; i++) {
					if (chunk[i] == '\n') {
						newlines++;
					}
				}
				if (total > maxBytes || newlines > maxLines) {
					throw new BatchTooLargeException(maxLines, maxBytes);
				}
				if (n > 0) {
					last = chunk[n - 1];
					out.write(ByteBuffer.wrap(sealed, 0, update(cipher, chunk, n, sealed)));
				}
			}
			long lines = newlines + ((last != '\n') ? 1 : 0);
			if (lines > maxLines) {
				throw new BatchTooLargeException(maxLines, maxBytes);
			}
			return new ManifestSpool(file, key, iv, (int) lines, total);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/** Lines in the body; a last line without a newline counts, no line after it. */
	int lines() {
		return this.lines;
	}

	long bytes() {
		return this.bytes;
	}

	/**
	 * The second pass: the lines in order, none longer than {@code maxLineBytes} in
	 * memory.
	 */
	Lines lines(int maxLineBytes) throws IOException {
		return new Lines(FileChannel.open(this.file, StandardOpenOption.READ),
				cipher(Cipher.DECRYPT_MODE, this.key, this.iv), maxLineBytes);
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.file);
	}

	/**
	 * One line of the body, numbered from 1, without its line break.
	 *
	 * @param bytes the line; empty when {@code tooLong}
	 * @param tooLong the line was longer than the limit for one case and was skipped
	 */
	record Line(int number, byte[] bytes, boolean tooLong) {
	}

	/** Reads the spool back line by line, decrypting a chunk at a time. */
	static final class Lines implements Closeable {

		private final FileChannel in;

		private final Cipher cipher;

		private final int maxLineBytes;

		private final ByteBuffer sealed = ByteBuffer.allocate(CHUNK);

		private final byte[] plain = new byte[CHUNK];

		private int position;

		private int limit;

		private boolean end;

		private int number;

		private Lines(FileChannel in, Cipher cipher, int maxLineBytes) {
			this.in = in;
			this.cipher = cipher;
			this.maxLineBytes = maxLineBytes;
		}

		/** The next line, or null after the last. */
		Line next() throws IOException {
			byte[] line = new byte[256];
			int length = 0;
			boolean tooLong = false;
			boolean any = false;
			while (true) {
				if (this.position == this.limit && !fill()) {
					if (!any) {
						return null;
					}
					break;
				}
				any = true;
				int start = this.position;
				int newline = indexOf(this.plain, '\n', start, this.limit);
				int stop = (newline >= 0) ? newline : this.limit;
				int n = stop - start;
				if (!tooLong && length + n > this.maxLineBytes) {
					tooLong = true;
				}
				if (!tooLong) {
					if (length + n > line.length) {
						line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
					}
					System.arraycopy(this.plain, start, line, length, n);
					length += n;
				}
				this.position = (newline >= 0) ? newline + 1 : this.limit;
				if (newline >= 0) {
					break;
				}
			}
			this.number++;
			if (tooLong) {
				return new Line(this.number, new byte[0], true);
			}
			if (length > 0 && line[length - 1] == '\r') {
				length--;
			}
			return new Line(this.number, Arrays.copyOf(line, length), false);
		}

		private boolean fill() throws IOException {
			if (this.end) {
				return false;
			}
			this.sealed.clear();
			int n = this.in.read(this.sealed);
			if (n < 0) {
				this.end = true;
				return false;
			}
			this.limit = update(this.cipher, this.sealed.array(), n, this.plain);
			this.position = 0;
			return true;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

	/** AES-CTR is a stream cipher: as many bytes out as in. */
	private static int update(Cipher cipher, byte[] in, int length, byte[] out) {
		try {
			return cipher.update(in, 0, length, out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The batch spool could not be encrypted or decrypted", ex);
		}
	}

	private static int indexOf(byte[] bytes, int b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static Path createFile() throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile("batch-", ".spool",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createTempFile("batch-", ".spool");
	}

	private static SecretKey newKey() {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, RANDOM);
			return generator.generateKey();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No AES on this JVM", ex);
		}
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] iv) {
		try {
			Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
			cipher.init(mode, key, new IvParameterSpec(iv));
			return cipher;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No AES-CTR on this JVM", ex);
		}
	}

}
