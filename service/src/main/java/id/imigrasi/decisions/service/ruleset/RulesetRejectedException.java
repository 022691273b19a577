package id.imigrasi.decisions.service.ruleset;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.engine.Counterexample;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A ruleset that may not become active (422), with every reason in both languages; the
 * active one is untouched.
 */
public class RulesetRejectedException extends ProblemException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	RulesetRejectedException(List<Problem> problems) {
		this(problems, List.of());
	}

	/**
	 * @param counterexamples the cases that break properties of the law, each with its
	 * ready-to-run scenario, answered as {@code propertyViolations}
	 */
	RulesetRejectedException(List<Problem> problems, List<Counterexample> counterexamples) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "ruleset-rejected", "The ruleset was not activated",
				problems.size() + " problem(s); the active ruleset is unchanged.");
		this.problems = List.copyOf(problems);
		errors(this.problems.stream().map(ProblemAnswer::of).toList());
		if (!counterexamples.isEmpty()) {
			property("propertyViolations", counterexamples.stream().map(PropertyViolation::of).toList());
		}
	}

	/** A broken property as the 422 answers it: the case, in words and as a scenario. */
	public record PropertyViolation(String property, String service, String legalDate, String location, String message,
			String messageId, String scenario) {

		public static PropertyViolation of(Counterexample example) {
			return new PropertyViolation(example.property(), example.service(), example.legalDate().toString(),
					example.location(), example.summary().en(), example.summary().id(), example.scenarioYaml());
		}
	}

	/**
	 * Adds what the refused candidate would have changed, as member {@code impact}; none
	 * when the impact feature is absent.
	 */
	RulesetRejectedException withImpact(Object impact) {
		if (impact != null) {
			property("impact", impact);
		}
		return this;
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
