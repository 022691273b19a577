package id.imigrasi.decisions.engine.validation;

import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build guard: the committed tables in {@code decision-tables/} validate without
 * error, so a broken table fails {@code mvn verify} with the messages policy staff would
 * see from {@code validate}.
 *
 * <p>
 * Warnings the committed tables produce, and why they are accepted:
 * <ul>
 * <li>OVERLAP between rows on a common fact with different outcomes, e.g. PA-011 (work
 * under 18, REFUSE) and PA-040 (under 18 without parental consent, REQUEST_DOCUMENTS):
 * intended, all findings are collected and the most severe decides (SPEC 2.4).</li>
 * </ul>
 */
class CommittedTablesTest {

	private static ValidationReport report;

	@BeforeAll
	static void validate() {
		report = WorkbookValidator.validate(Workbooks.committed(), null);
	}

	@Test
	void shouldFindNoErrorInTheCommittedTables() {
		System.out.println(report.toText());
		assertThat(report.errors())
			.as(() -> report.errors()
				.stream()
				.map(Problem::toString)
				.collect(Collectors.joining("\n", "The decision tables have errors:\n", "")))
			.isEmpty();
	}

}
