package id.imigrasi.decisions.service.contract;

import java.util.List;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.model.request.CaseRequest;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.system.InputProblem;

/**
 * A request body as read: the typed request when it keeps the contract, otherwise every
 * problem found. No decision may be made from an invalid result.
 *
 * @param request the request; null when invalid
 */
public record ReadResult(DecisionService service, CaseRequest request, List<InputProblem> problems) {

	public ReadResult {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return this.problems.isEmpty() && this.request != null;
	}

	/** The request, or {@link InvalidRequestException} with every problem. */
	public CaseRequest orThrow() {
		if (!valid()) {
			throw new InvalidRequestException(this.problems);
		}
		return this.request;
	}

	/** Evaluates the request; only a valid result can be evaluated. */
	public Decision evaluate(DecisionEngine engine) {
		if (!valid()) {
			throw new IllegalStateException("An invalid request cannot be evaluated: " + this.problems);
		}
		return engine.evaluate(this.request);
	}

}
