package id.imigrasi.decisions.service;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import id.imigrasi.decisions.service.scenario.PackCoverage;
import id.imigrasi.decisions.service.scenario.ScenarioCommand;
import id.imigrasi.decisions.service.validation.CommandLogging;
import id.imigrasi.decisions.service.validation.ValidateCommand;

/**
 * The decision service. The same jar also runs the trainers' scenario runner and the
 * policy staff's validator as commands, without starting a web server.
 */
@SpringBootApplication
public class DecisionsApplication {

	public static void main(String[] args) {
		List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
		if (args.length > 0 && args[0].equals("scenarios")) {
			// A trainer's run needs no web server: decide before Spring starts.
			CommandLogging.quiet();
			System.exit(ScenarioCommand.run(rest, System.out));
		}
		if (args.length > 0 && args[0].equals("validate")) {
			CommandLogging.quiet();
			System.exit(ValidateCommand.run(rest, System.out, new PackCoverage()));
		}
		SpringApplication.run(DecisionsApplication.class, args);
	}

}
