package id.imigrasi.decisions.service.contract;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.system.ProblemException;

/**
 * A request that breaks the contract: answered 400 with every problem, never evaluated.
 */
public class InvalidRequestException extends ProblemException {

	private static final long serialVersionUID = 1L;

	private final transient List<InputProblem> problems;

	public InvalidRequestException(List<InputProblem> problems) {
		// The detail names a count only: problems never carry a NIK or a name, and this
		// text may reach a log.
		super(HttpStatus.BAD_REQUEST, "invalid-request", "The request breaks the contract",
				problems.size() + " problem(s); no decision was made.");
		this.problems = List.copyOf(problems);
		errors(this.problems);
	}

	public List<InputProblem> problems() {
		return this.problems;
	}

	@Override
	public boolean rejection() {
		return true;
	}

}
