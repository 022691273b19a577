package id.imigrasi.decisions.engine.internal.validation;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ValidationReport;
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
 * Warnings the committed tables produce (11, all OVERLAP), and why they are accepted: all
 * findings are collected and the most severe outcome decides (SPEC 2.4), so in each pair
 * below the weaker finding is still listed beside the stronger one.
 * <ul>
 * <li>departure: DC-011 (umrah without umrah visa, DEFER) with DC-020 (no return ticket,
 * not interviewed, SECONDARY_INSPECTION).</li>
 * <li>passport-application: PA-011 (work under 18, REFUSE) with PA-012 (no health
 * certificate) and PA-040 (no parental consent); PA-010 (work without Disnaker
 * recommendation, REFUSE) with PA-040; PA-050 (admits work at interview, REFUSE) with
 * PA-013, PA-020, PA-030 and PA-040 (missing documents, REQUEST_DOCUMENTS); PA-060
 * (risk-list destination, IN_DEPTH_INTERVIEW) with PA-013, PA-020 and PA-030.</li>
 * <li>referral: none; the referral table collects, so overlaps there are the point.</li>
 * </ul>
 * Warnings never fail the build (policy staff may add overlapping rows on purpose); only
 * errors do. No UNREACHABLE, GAP or CANNOT_ANALYSE warning: every template shape in the
 * committed tables is understood, no row contradicts itself or is covered by a stronger
 * one, and no table is marked complete.
 */
class CommittedTablesTest {

	private static ValidationReport report;

	@BeforeAll
	static void validate() {
		report = WorkbookValidator.validate(Workbooks.committed(), null);
	}

	@Test
	void shouldFindNoErrorInTheCommittedTables() {
		assertThat(report.errors())
			.as(() -> report.errors()
				.stream()
				.map(Problem::toString)
				.collect(Collectors.joining("\n", "The decision tables have errors:\n", "")))
			.isEmpty();
	}

}
