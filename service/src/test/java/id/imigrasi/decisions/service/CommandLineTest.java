package id.imigrasi.decisions.service;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's commands: usage on request or on a mistake, and the web server only when no
 * command is given.
 */
class CommandLineTest {

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.printed, true, StandardCharsets.UTF_8);

	@Test
	void shouldPrintTheUsageOfEveryCommandOnHelpAndExitZero() {
		assertThat(run("--help")).contains(0);
		assertThat(printed()).contains("scenarios", "validate", "impact", "--help");
	}

	@Test
	void shouldPrintACommandsUsageOnItsHelpWithoutRunningIt() {
		assertThat(run("validate", "--help")).contains(0);
		assertThat(printed()).startsWith("Usage: validate");
		assertThat(run("scenarios", "-h")).contains(0);
	}

	@Test
	void shouldPrintUsageAndExitNonZeroWhenACommandLacksItsArguments() {
		assertThat(run("validate")).hasValueSatisfying((status) -> assertThat(status).isNotZero());
		assertThat(run("scenarios")).hasValueSatisfying((status) -> assertThat(status).isNotZero());
		assertThat(printed()).contains("Usage: validate", "Usage: scenarios");
	}

	@Test
	void shouldRefuseAnUnknownCommandWithTheUsage() {
		assertThat(run("valdate", "decision-tables")).contains(CommandLine.USAGE);
		assertThat(printed()).contains("Unknown command 'valdate'", "Commands:");
	}

	@Test
	void shouldStartTheServerOnlyWhenNoCommandIsGiven() {
		assertThat(run()).isEmpty();
		assertThat(run("--server.port=0")).isEmpty();
		assertThat(printed()).isEmpty();
	}

	private Optional<Integer> run(String... args) {
		return CommandLine.run(args, this.out);
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}
