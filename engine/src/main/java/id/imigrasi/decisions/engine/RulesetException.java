package id.imigrasi.decisions.engine;

import java.util.List;

/** A ruleset that cannot be used, with every problem found. */
public class RulesetException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public RulesetException(List<Problem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	private static String summary(List<Problem> problems) {
		StringBuilder text = new StringBuilder(problems.size() + " problem(s) in the ruleset");
		problems.stream().limit(20).forEach((p) -> text.append(System.lineSeparator()).append("  ").append(p));
		return text.toString();
	}

}
