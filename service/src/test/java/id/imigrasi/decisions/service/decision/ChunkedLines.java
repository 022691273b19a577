package id.imigrasi.decisions.service.decision;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads an HTTP/1.1 answer straight off a socket, one body line at a time and no further,
 * so a test controls exactly how much of a streamed answer the client has taken.
 */
final class ChunkedLines {

	private final InputStream in;

	private final String status;

	private final boolean chunked;

	private int left;

	private boolean started;

	private boolean done;

	ChunkedLines(Socket socket) throws IOException {
		this.in = new BufferedInputStream(socket.getInputStream(), 1024);
		this.status = asciiLine();
		boolean chunked = false;
		for (String header; !(header = asciiLine()).isEmpty();) {
			String lower = header.toLowerCase(Locale.ROOT);
			chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
		}
		this.chunked = chunked;
	}

	String status() {
		return this.status;
	}

	/** The next line of the body, without its newline; null at the end. */
	String next() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b; (b = bodyByte()) >= 0;) {
			if (b == '\n') {
				return line.toString(StandardCharsets.UTF_8);
			}
			line.write(b);
		}
		return (line.size() > 0) ? line.toString(StandardCharsets.UTF_8) : null;
	}

	private int bodyByte() throws IOException {
		if (!this.chunked) {
			return this.in.read();
		}
		if (this.left == 0) {
			if (this.done) {
				return -1;
			}
			if (this.started) {
				asciiLine();
			}
			this.started = true;
			String size = asciiLine();
			int extension = size.indexOf(';');
			this.left = Integer.parseInt((extension >= 0) ? size.substring(0, extension).strip() : size.strip(), 16);
			if (this.left == 0) {
				this.done = true;
				return -1;
			}
		}
		this.left--;
		return this.in.read();
	}

	private String asciiLine() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b; (b = this.in.read()) >= 0 && b != '\n';) {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

}
