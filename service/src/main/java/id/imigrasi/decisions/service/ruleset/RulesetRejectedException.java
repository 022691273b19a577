package id.imigrasi.decisions.service.ruleset;

import java.util.List;

import id.imigrasi.decisions.engine.RulesetProblem;

/**
 * A ruleset that may not become active, with every reason; the active one is untouched.
 */
public class RulesetRejectedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<RulesetProblem> problems;

	RulesetRejectedException(List<RulesetProblem> problems) {
		super(problems.size() + " problem(s): the ruleset was not activated");
		this.problems = List.copyOf(problems);
	}

	public List<RulesetProblem> problems() {
		return this.problems;
	}

}
