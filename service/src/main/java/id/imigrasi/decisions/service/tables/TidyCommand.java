package id.imigrasi.decisions.service.tables;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.imigrasi.decisions.engine.Tidy;
import id.imigrasi.decisions.service.system.TablesFolder;

/**
 * {@code java -jar service.jar tidy <folder or workbook>}: adds drop-downs and layout to
 * the workbooks in place and never changes a cell's value. A single workbook is tidied
 * with the others of its folder as context (list codes, rule IDs for the drop-downs);
 * only it is written. Each file is replaced in one move, so an interrupted run leaves the
 * old file, never half a workbook. Exit status 0 when done, 1 when a workbook cannot be
 * tidied, 2 when the command is wrong.
 */
public final class TidyCommand {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	public static final String USAGE_TEXT = "Usage: tidy <folder or workbook>";

	private TidyCommand() {
	}

	public static int run(List<String> args, PrintStream out) {
		if (args.size() != 1 || args.get(0).startsWith("--")) {
			out.println(USAGE_TEXT);
			return USAGE;
		}
		Path target = Path.of(args.get(0));
		if (!Files.exists(target)) {
			out.println("No such folder or workbook: " + target);
			return USAGE;
		}
		Path folder = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
		Map<String, byte[]> workbooks;
		try {
			workbooks = TablesFolder.read(folder);
		}
		catch (IOException ex) {
			out.println("Cannot read " + folder + ": " + ex.getMessage());
			return USAGE;
		}
		String only = Files.isDirectory(target) ? null : target.getFileName().toString();
		if (only != null && !workbooks.containsKey(only)) {
			out.println("Not a workbook (.xlsx): " + target);
			return USAGE;
		}
		Map<String, byte[]> tidied;
		try {
			tidied = Tidy.workbooks(workbooks);
		}
		catch (IOException | RuntimeException ex) {
			out.println("Cannot tidy the workbooks of " + folder + ": " + ex.getMessage());
			return FAILED;
		}
		int written = 0;
		for (Map.Entry<String, byte[]> workbook : new TreeMap<>(tidied).entrySet()) {
			if (only != null && !only.equals(workbook.getKey())) {
				continue;
			}
			try {
				Path file = folder.resolve(workbook.getKey());
				Path temporary = Files.createTempFile(folder, ".tidy-", ".xlsx");
				Files.write(temporary, workbook.getValue());
				keepPermissions(file, temporary);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				out.println("Tidied " + file + " / dirapikan");
				written++;
			}
			catch (IOException ex) {
				out.println("Cannot write " + workbook.getKey() + ": " + ex.getMessage());
				return FAILED;
			}
		}
		if (written == 0) {
			out.println("No decision table or lists.xlsx to tidy in " + target + ".");
			return USAGE;
		}
		out.println(written + " workbook(s) tidied; no cell value changed. Check them with: validate " + target);
		return OK;
	}

	/** The tidied file keeps who may read and write it (a temporary file is private). */
	private static void keepPermissions(Path file, Path temporary) throws IOException {
		if (!Files.exists(file)) {
			return;
		}
		try {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the move keeps the folder's defaults
		}
	}

}
