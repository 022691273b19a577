package id.imigrasi.decisions.service;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import id.imigrasi.decisions.service.impact.ImpactCommand;
import id.imigrasi.decisions.service.scenario.PackCoverage;
import id.imigrasi.decisions.service.scenario.ScenarioCommand;
import id.imigrasi.decisions.service.system.CommandLogging;
import id.imigrasi.decisions.service.tables.TidyCommand;
import id.imigrasi.decisions.service.validation.ValidateCommand;

/**
 * The jar's commands (SPEC 9): the trainers' scenario runner, the policy staff's
 * validator, tidy and the impact of a candidate ruleset run without a web server; with no
 * command the service starts. Arguments that start with {@code --} are Spring's (e.g.
 * {@code --server.port=8081}), except {@code --help}.
 */
final class CommandLine {

	/** Exit status of a command used wrongly. */
	static final int USAGE = 2;

	/** One command of the jar. */
	record Command(String name, String usage, String summary, BiFunction<List<String>, PrintStream, Integer> run) {
	}

	static final List<Command> COMMANDS = List.of(
			new Command("scenarios", ScenarioCommand.USAGE, "run the trainers' scenario packs; exit 0 only if all pass",
					ScenarioCommand::run),
			new Command("validate", ValidateCommand.USAGE_TEXT,
					"check the decision tables; exit 0 only if there is no error",
					(args, out) -> ValidateCommand.run(args, out, new PackCoverage())),
			new Command("tidy", TidyCommand.USAGE_TEXT,
					"lay the workbooks out for editing (drop-downs, row heights, print titles); never changes a rule",
					TidyCommand::run),
			new Command("impact", ImpactCommand.USAGE,
					"what the tables in a folder would change in the decisions of the last days (default 90), "
							+ "read from the configured decision log, read-only",
					ImpactCommand::run));

	private CommandLine() {
	}

	/**
	 * Runs the command the arguments name.
	 * @return its exit status, or empty when no command is given and the service should
	 * start
	 */
	static Optional<Integer> run(String[] args, PrintStream out) {
		if (args.length == 0 || (args[0].startsWith("--") && !isHelp(args[0]))) {
			return Optional.empty();
		}
		if (isHelp(args[0])) {
			out.print(usage());
			return Optional.of(0);
		}
		List<String> rest = List.of(args).subList(1, args.length);
		for (Command command : COMMANDS) {
			if (command.name().equals(args[0])) {
				if (rest.stream().anyMatch(CommandLine::isHelp)) {
					out.println(command.usage());
					return Optional.of(0);
				}
				// A command runs before Spring configures logging: keep Drools' chatter
				// out of the report.
				CommandLogging.quiet();
				return Optional.of(command.run().apply(rest, out));
			}
		}
		out.println("Unknown command '" + args[0] + "'.");
		out.print(usage());
		return Optional.of(USAGE);
	}

	static String usage() {
		StringBuilder text = new StringBuilder("""
				Usage: java -jar service.jar [--server.port=N ...]   start the decision service
				       java -jar service.jar <command> [arguments]   run a command, no web server

				Commands:
				""");
		for (Command command : COMMANDS) {
			text.append("  ").append(command.name()).append(": ").append(command.summary()).append('\n');
			text.append("    ").append(command.usage()).append('\n');
		}
		text.append("  --help: this text; <command> --help: that command's usage\n");
		return text.toString();
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

}
