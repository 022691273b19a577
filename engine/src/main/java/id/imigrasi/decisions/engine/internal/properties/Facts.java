package id.imigrasi.decisions.engine.internal.properties;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.model.DepartureFacts;
import id.imigrasi.decisions.model.PassportApplicationFacts;
import id.imigrasi.decisions.model.request.DecisionService;

/**
 * The facts a property may name, by the path the explanation shows ({@code age},
 * {@code interview.intendsToWork}, {@code person.watchlist.preventionListMatch}), found
 * through {@link FactCatalog}: a fact added to the model can be named with no edit here.
 */
final class Facts {

	private Facts() {
	}

	/** The fact type a service's table reads. */
	static Class<?> factType(DecisionService service) {
		return (service == DecisionService.DEPARTURE) ? DepartureFacts.class : PassportApplicationFacts.class;
	}

	/** Every property of a service's facts, by name. */
	static Map<String, FactCatalog.Property> of(DecisionService service) {
		return FactCatalog.properties(factType(service));
	}

	/** The property with this path in some service's facts, or null. */
	static FactCatalog.Property byPath(String path) {
		for (DecisionService service : DecisionService.values()) {
			for (FactCatalog.Property property : of(service).values()) {
				if (property.path().value().equals(path)) {
					return property;
				}
			}
		}
		return null;
	}

	/** The services whose facts have this path. */
	static Set<DecisionService> services(String path) {
		Set<DecisionService> services = EnumSet.noneOf(DecisionService.class);
		for (DecisionService service : DecisionService.values()) {
			if (of(service).values().stream().anyMatch((p) -> p.path().value().equals(path))) {
				services.add(service);
			}
		}
		return services;
	}

	/** Every path, for "did you mean" and the docs. */
	static Set<String> paths() {
		Set<String> paths = new TreeSet<>();
		for (DecisionService service : DecisionService.values()) {
			of(service).values().forEach((p) -> paths.add(p.path().value()));
		}
		return paths;
	}

}
