package id.imigrasi.decisions.service.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The workbooks of a tables folder, as the validator, the scenario runner and a reload
 * read them.
 */
public final class TablesFolder {

	private TablesFolder() {
	}

	/**
	 * The workbooks of a folder, by file name, read as bytes (POI opens a File read-write
	 * and rewrites it on close). Lock files Excel and LibreOffice leave beside an open
	 * workbook, and hidden files, are not workbooks.
	 */
	public static Map<String, byte[]> read(Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> list = Files.list(folder)) {
			list.filter(Files::isRegularFile).forEach(files::add);
		}
		Map<String, byte[]> workbooks = new TreeMap<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".")) {
				workbooks.put(name, Files.readAllBytes(file));
			}
		}
		return workbooks;
	}

}
