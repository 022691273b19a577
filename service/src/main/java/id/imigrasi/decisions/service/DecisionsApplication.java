package id.imigrasi.decisions.service;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import id.imigrasi.decisions.service.validation.CommandLogging;
import id.imigrasi.decisions.service.validation.ValidateCommand;

/**
 * The decision service. The same jar also runs the trainers' scenario runner and the
 * policy staff's validator as commands, without starting a web server.
 */
@SpringBootApplication
public class DecisionsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("validate")) {
			CommandLogging.quiet();
			System.exit(ValidateCommand.run(List.of(args).subList(1, args.length), System.out));
		}
		SpringApplication.run(DecisionsApplication.class, args);
	}

}
