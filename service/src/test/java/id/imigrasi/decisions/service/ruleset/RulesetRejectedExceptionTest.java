package id.imigrasi.decisions.service.ruleset;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused upload answers the first 50 problems and counts the rest, and no message
 * longer than a page: a workbook of thousands of bad cells must not answer megabytes
 * (issue 20).
 */
class RulesetRejectedExceptionTest {

	@Test
	void shouldAnswerTheFirstFiftyProblemsAndCountTheRest() {
		List<Problem> problems = IntStream.range(0, 120)
			.mapToObj((i) -> Problem.error(ProblemCode.UNKNOWN_VALUE, "departure.drl.xlsx", "x".repeat(32_767), "y"))
			.toList();

		RulesetRejectedException refused = new RulesetRejectedException(problems);

		assertThat(refused.getMessage()).isEqualTo("120 problem(s); the active ruleset is unchanged.");
		assertThat((List<?>) refused.properties().get("errors")).hasSize(50)
			.allSatisfy((answer) -> assertThat(((ProblemAnswer) answer).message()).hasSizeLessThan(4_100));
		assertThat(refused.properties().get("moreErrors")).isEqualTo(70);
		assertThat(refused.problems()).hasSize(120);
	}

}
