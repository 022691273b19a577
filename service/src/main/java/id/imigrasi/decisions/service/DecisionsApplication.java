package id.imigrasi.decisions.service;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import id.imigrasi.decisions.service.scenario.ScenarioCommand;

/**
 * The decision service. The same jar also runs the trainers' scenario runner and the
 * policy staff's validator as commands, without starting a web server.
 */
@SpringBootApplication
public class DecisionsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("scenarios")) {
			// A trainer's run needs no web server: decide before Spring starts.
			System.exit(ScenarioCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
		}
		SpringApplication.run(DecisionsApplication.class, args);
	}

}
