package id.imigrasi.decisions.service.validation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.imigrasi.decisions.engine.ValidationReport;
import id.imigrasi.decisions.engine.Validator;
import id.imigrasi.decisions.service.system.TablesFolder;

/**
 * {@code java -jar service.jar validate <folder or workbook> [--json] [--scenarios DIR]}:
 * validates the decision tables and prints every problem, each at its cell. Exit status 0
 * when there is no error (warnings allowed), 1 when there is one, 2 when the command
 * itself is wrong. Runs before Spring starts: no web server, no data folder.
 */
public final class ValidateCommand {

	static final int OK = 0;

	static final int INVALID = 1;

	static final int USAGE = 2;

	public static final String USAGE_TEXT = "Usage: validate <folder or workbook> [--json] [--scenarios DIR]";

	private ValidateCommand() {
	}

	public static int run(List<String> args, PrintStream out) {
		return run(args, out, ScenarioCoverage.NONE);
	}

	public static int run(List<String> args, PrintStream out, ScenarioCoverage coverage) {
		boolean json = false;
		Path target = null;
		Path scenarios = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--json")) {
				json = true;
			}
			else if (arg.equals("--scenarios") && i + 1 < args.size()) {
				scenarios = Path.of(args.get(++i));
			}
			else if (!arg.startsWith("--") && target == null) {
				target = Path.of(arg);
			}
			else {
				out.println("Unknown argument: " + arg);
				out.println(USAGE_TEXT);
				return USAGE;
			}
		}
		if (target == null || !Files.exists(target)) {
			out.println((target == null) ? USAGE_TEXT : "No such folder or workbook: " + target);
			return USAGE;
		}
		Map<String, byte[]> workbooks;
		try {
			workbooks = TablesFolder.read(Files.isDirectory(target) ? target : target.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			out.println("Cannot read " + target + ": " + ex.getMessage());
			return USAGE;
		}
		if (!Files.isDirectory(target) && !workbooks.containsKey(target.getFileName().toString())) {
			out.println("Not a workbook (.xlsx): " + target);
			return USAGE;
		}
		Set<String> reached = null;
		String coverageNote = null;
		if (scenarios != null) {
			try {
				reached = coverage.ruleIdsReached(scenarios);
				if (reached == null) {
					coverageNote = "Coverage was skipped: scenario support is not available in this build.";
				}
			}
			catch (Exception ex) {
				coverageNote = "Coverage was skipped: the scenarios in " + scenarios + " could not be run ("
						+ ex.getMessage() + ").";
			}
		}
		ValidationReport report = Validator.validate(workbooks, reached);
		if (!Files.isDirectory(target)) {
			report = report.withNote("Validated " + target.getFileName() + " together with the other workbooks of "
					+ target.toAbsolutePath().getParent() + ".");
		}
		if (coverageNote != null) {
			report = report.withNote(coverageNote);
		}
		else if (scenarios == null) {
			report = report.withNote("Coverage was not checked: pass --scenarios test-scenarios/ to check it.");
		}
		out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
		out.flush();
		return report.hasErrors() ? INVALID : OK;
	}

}
