package id.imigrasi.decisions.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

import id.imigrasi.decisions.model.request.Departure;

/** Peer 2: Drools DMN (kie-dmn-core 10.2.0) on the same {@code departure.dmn}. */
public final class DroolsDmnDeparture {

	private static final String NAMESPACE = "https://imigrasi.example/bench/departure";

	private final DMNRuntime runtime;

	private final DMNModel model;

	private final CountryLists lists;

	public DroolsDmnDeparture(CountryLists lists) {
		Resource dmn = ResourceFactory.newClassPathResource("departure.dmn", DroolsDmnDeparture.class);
		this.runtime = DMNRuntimeBuilder.fromDefaults()
			.buildConfiguration()
			.fromResources(List.of(dmn))
			.getOrElseThrow((ex) -> new IllegalStateException("departure.dmn does not compile", ex));
		this.model = this.runtime.getModel(NAMESPACE, "departureBench");
		if (this.model.hasErrors()) {
			throw new IllegalStateException("departure.dmn has errors: " + this.model.getMessages());
		}
		this.lists = lists;
	}

	public PeerResult evaluate(Departure departure) {
		DMNContext context = this.runtime.newContext();
		DmnInputs.of(departure, this.lists).forEach(context::set);
		DMNResult result = this.runtime.evaluateByName(this.model, context, "departure");
		if (result.hasErrors()) {
			throw new IllegalStateException("Drools DMN failed: " + result.getMessages());
		}
		List<?> rows = (List<?>) result.getDecisionResultByName("departure").getResult();
		List<String> ruleIds = new ArrayList<>(rows.size());
		List<String> outcomes = new ArrayList<>(rows.size());
		for (Object row : rows) {
			Map<?, ?> outputs = (Map<?, ?>) row;
			ruleIds.add((String) outputs.get("ruleId"));
			outcomes.add((String) outputs.get("outcome"));
		}
		return PeerResult.of(ruleIds, outcomes);
	}

}
