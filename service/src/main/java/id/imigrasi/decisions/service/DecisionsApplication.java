package id.imigrasi.decisions.service;

import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The decision service. The same jar also runs the trainers' scenario runner and the
 * policy staff's validator as commands, without starting a web server
 * ({@link CommandLine}).
 */
@SpringBootApplication
public class DecisionsApplication {

	public static void main(String[] args) {
		Optional<Integer> exit = CommandLine.run(args, System.out);
		if (exit.isPresent()) {
			System.exit(exit.get());
		}
		SpringApplication.run(DecisionsApplication.class, args);
	}

}
