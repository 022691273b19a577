package id.imigrasi.decisions.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The decision service. The same jar also runs the trainers' scenario runner and the
 * policy staff's validator as commands, without starting a web server.
 */
@SpringBootApplication
public class DecisionsApplication {

	public static void main(String[] args) {
		SpringApplication.run(DecisionsApplication.class, args);
	}

}
