package id.imigrasi.decisions.service.decision;

import java.util.List;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.model.DecisionService;
import id.imigrasi.decisions.model.Departure;
import id.imigrasi.decisions.model.PassportApplication;

/**
 * A request body as read: the typed request when it keeps the contract, otherwise every
 * problem found. No decision may be made from an invalid result.
 *
 * @param request a {@link PassportApplication} or a {@link Departure}; null when invalid
 */
public record ReadResult(DecisionService service, Object request, List<InputProblem> problems) {

	public ReadResult {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return this.problems.isEmpty() && this.request != null;
	}

	/** Evaluates the request; only a valid result can be evaluated. */
	public Decision evaluate(DecisionEngine engine) {
		if (!valid()) {
			throw new IllegalStateException("An invalid request cannot be evaluated: " + this.problems);
		}
		if (this.request instanceof PassportApplication application) {
			return engine.evaluate(application);
		}
		return engine.evaluate((Departure) this.request);
	}

}
