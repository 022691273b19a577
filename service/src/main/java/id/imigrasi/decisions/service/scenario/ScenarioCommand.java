package id.imigrasi.decisions.service.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.service.system.TablesFolder;

/**
 * The trainers' command (SPEC 9):
 * {@code java -jar service.jar scenarios <folder or file> [--html FILE] [--tables FOLDER]}.
 * Runs without a web server; exit status 0 only if every scenario passed and every file
 * was readable, 1 otherwise, 2 for a wrong command line or rules that do not compile.
 * {@code --tables} runs the packs against edited workbooks before they are published.
 */
public final class ScenarioCommand {

	public static final String USAGE = "Usage: scenarios <folder or file> [--html report.html] [--tables decision-tables/]";

	private ScenarioCommand() {
	}

	public static int run(List<String> args, PrintStream out) {
		Path start = null;
		Path html = null;
		Path tables = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ((arg.equals("--html") || arg.equals("--tables")) && i + 1 < args.size()) {
				Path value = Path.of(args.get(++i));
				if (arg.equals("--html")) {
					html = value;
				}
				else {
					tables = value;
				}
			}
			else if (arg.startsWith("--") || start != null) {
				out.println("Unexpected argument '" + arg + "'.");
				out.println(USAGE);
				return 2;
			}
			else {
				start = Path.of(arg);
			}
		}
		if (start == null) {
			out.println(USAGE);
			return 2;
		}
		Ruleset ruleset;
		try {
			ruleset = (tables != null) ? compile(tables) : Ruleset.embedded();
		}
		catch (RulesetException ex) {
			out.println("The decision tables do not compile; no scenario was run:");
			for (Problem problem : ex.problems()) {
				out.println("  " + problem);
			}
			return 2;
		}
		catch (IOException ex) {
			out.println("Cannot read the decision tables: " + ex.getMessage());
			return 2;
		}
		ScenarioRun run = new ScenarioRunner(new DecisionEngine(ruleset)).runAll(start);
		TextReport.print(run, out);
		if (html != null) {
			try {
				Files.writeString(html, HtmlReport.render(run), StandardCharsets.UTF_8);
				out.println("HTML report: " + html.toAbsolutePath());
			}
			catch (IOException ex) {
				out.println("Cannot write the HTML report " + html + ": " + ex.getMessage());
				return 2;
			}
		}
		return run.passed() ? 0 : 1;
	}

	private static Ruleset compile(Path folder) throws IOException, RulesetException {
		Map<String, byte[]> workbooks = TablesFolder.read(folder);
		return Ruleset.compile("local-" + folder.getFileName(), workbooks);
	}

}
