package id.imigrasi.decisions.service.audit;

import java.nio.file.Path;

/**
 * Makes the path of an H2 file URL absolute. H2 refuses a path relative to the working
 * directory unless it starts with {@code ./}, so {@code DECISIONS_DATA_DIR=data} would
 * otherwise stop the service from starting. The {@code impact} command resolves the
 * configured URL the same way.
 */
public final class H2FilePath {

	private static final String PREFIX = "jdbc:h2:file:";

	private H2FilePath() {
	}

	public static String absolute(String url) {
		if (url == null || !url.startsWith(PREFIX)) {
			return url;
		}
		int settings = url.indexOf(';');
		String path = (settings < 0) ? url.substring(PREFIX.length()) : url.substring(PREFIX.length(), settings);
		if (path.startsWith("~") || Path.of(path).isAbsolute()) {
			return url;
		}
		return PREFIX + Path.of(path).toAbsolutePath().normalize() + ((settings < 0) ? "" : url.substring(settings));
	}

}
