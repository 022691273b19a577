package id.imigrasi.decisions.service.decision;

import java.util.List;

/**
 * A request that breaks the contract: answered 400 with every problem, never evaluated.
 */
public class InvalidRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<InputProblem> problems;

	public InvalidRequestException(List<InputProblem> problems) {
		// The message names paths only: problems never carry a NIK or a name, and this
		// text
		// may reach a log.
		super(problems.size() + " problem(s) in the request at "
				+ problems.stream().map(InputProblem::path).distinct().toList());
		this.problems = List.copyOf(problems);
	}

	public List<InputProblem> problems() {
		return this.problems;
	}

}
