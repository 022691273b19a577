package id.imigrasi.decisions.engine.internal.validation;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.TableCells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An upload is refused with the validator's list, before Drools compiles anything.
 */
class RulesetActivationTest {

	@Test
	void shouldRefuseAnUploadWithTheValidatorsMessages() {
		TableCells departure = TableCells.of("departure.drl.xlsx");
		String purpose = departure.cell("DC-011", 2, "Stated purpose (any of)");

		RulesetException refused = catchThrowableOfType(RulesetException.class, () -> Ruleset.compile("typo",
				Workbooks.withCell(Workbooks.committed(), departure.file(), departure.sheet(), purpose, "UMROH")));

		assertThat(refused.problems()).extracting(Problem::code, Problem::location)
			.containsExactly(Tuple.tuple(ProblemCode.UNKNOWN_VALUE, departure.location(purpose)));
		assertThat(refused.problems().get(0).message()).contains("Did you mean 'UMRAH'?");
	}

}
