package id.imigrasi.decisions.service.ruleset;

import java.util.List;

import org.springframework.http.HttpStatus;

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
		super(HttpStatus.UNPROCESSABLE_ENTITY, "ruleset-rejected", "The ruleset was not activated",
				problems.size() + " problem(s); the active ruleset is unchanged.");
		this.problems = List.copyOf(problems);
		errors(this.problems.stream().map(ProblemAnswer::of).toList());
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
