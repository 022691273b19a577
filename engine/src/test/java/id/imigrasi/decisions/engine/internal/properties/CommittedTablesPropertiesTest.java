package id.imigrasi.decisions.engine.internal.properties;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
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
 * <strong>Skipped while the committed tables are still those of 0e24d9e</strong>, which
 * break P-MINOR, P-IMMEDIATE and P-CITED (issue 13; {@link TodaysTablesTest} proves it).
 * The legal revision of the tables (issue 13) is merged together with this check; from
 * then on the test runs and must pass.
 */
class CommittedTablesPropertiesTest {

	@Test
	void shouldKeepEveryShippedPropertyOnTheCommittedTables() {
		Map<String, byte[]> committed = Workbooks.committed();
		Map<String, byte[]> before = Tables.of0e24d9e();
		boolean unrevised = committed.keySet().equals(before.keySet())
				&& committed.entrySet().stream().allMatch((e) -> Arrays.equals(e.getValue(), before.get(e.getKey())));
		Assumptions.assumeFalse(unrevised,
				"decision-tables/ are still those of 0e24d9e, which break P-MINOR, P-IMMEDIATE and P-CITED "
						+ "(TodaysTablesTest); this guard runs once the legal revision of issue 13 lands");

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
