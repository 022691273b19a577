package id.imigrasi.decisions.engine.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Collects the rules that fired in one evaluation, by Drools rule name, in firing order.
 */
final class MatchCollector extends DefaultAgendaEventListener {

	private final Set<String> fired = new LinkedHashSet<>();

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		this.fired.add(event.getMatch().getRule().getName());
	}

	Set<String> fired() {
		return this.fired;
	}

}
