package id.imigrasi.decisions.engine.internal.validation;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.ValidationReport;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An upload is refused with the validator's list, before Drools compiles anything.
 */
class RulesetActivationTest {

	@Test
	void shouldRefuseAnUploadWithTheValidatorsMessages() {
		RulesetException refused = catchThrowableOfType(RulesetException.class, () -> Ruleset.compile("typo",
				Workbooks.withCell("departure.drl.xlsx", "Keberangkatan", "I17", "UMROH")));

		assertThat(refused.problems()).extracting(Problem::code, Problem::location)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_VALUE,
					"departure.drl.xlsx!Keberangkatan!I17"));
		assertThat(refused.problems().get(0).message()).contains("Did you mean 'UMRAH'?");
	}

}
