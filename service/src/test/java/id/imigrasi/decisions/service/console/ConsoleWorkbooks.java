package id.imigrasi.decisions.service.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Workbook sets as a policy officer would drop them into the console: files on disk. The
 * sets themselves (copies of the committed workbooks, edited as in Excel) come from
 * {@link id.imigrasi.decisions.service.ruleset.Workbooks}; decision-tables/ is never
 * touched.
 */
final class ConsoleWorkbooks {

	private ConsoleWorkbooks() {
	}

	/** Writes a set into a folder of its own; the paths, for a file input. */
	static List<Path> write(Path folder, Map<String, byte[]> files) {
		List<Path> paths = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				paths.add(Files.write(folder.resolve(file.getKey()), file.getValue()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return paths;
	}

}
