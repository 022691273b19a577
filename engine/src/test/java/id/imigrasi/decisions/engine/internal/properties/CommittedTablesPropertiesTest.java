package id.imigrasi.decisions.engine.internal.properties;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build guard for the law's properties: every shipped property holds on the committed
 * tables of {@code decision-tables/}, so {@code mvn verify} fails on a table that breaks
 * one, with the counterexample as a scenario.
 *
 * <p>
 * The tables before the legal revision (0e24d9e) broke P-MINOR, P-IMMEDIATE and P-CITED;
 * {@link TodaysTablesTest} keeps that proof on a fixture.
 */
class CommittedTablesPropertiesTest {

	@Test
	void shouldKeepEveryShippedPropertyOnTheCommittedTables() {
		Map<String, byte[]> committed = Workbooks.committed();

		PropertyReport report = id.imigrasi.decisions.engine.Properties.check(Tables.compileAsDeclared(committed),
				Map.of(), Duration.ofSeconds(300));

		assertThat(report.errors())
			.as(() -> report.errors()
				.stream()
				.map(Problem::toString)
				.collect(Collectors.joining("\n", "The committed tables break properties:\n", "\n" + report.toText())))
			.isEmpty();
	}

}
