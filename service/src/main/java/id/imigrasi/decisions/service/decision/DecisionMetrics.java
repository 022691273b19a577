package id.imigrasi.decisions.service.decision;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Decision;

/**
 * Decisions by service and recommendation, and how long evaluation took, for Prometheus
 * ({@code decisions_total}, {@code decisions_evaluation_seconds}).
 */
@Component
class DecisionMetrics {

	private final MeterRegistry registry;

	DecisionMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void decided(Decision decision, Duration evaluation) {
		Counter.builder("decisions")
			.description("Decisions answered, by service and recommendation")
			.tag("service", decision.service())
			.tag("recommendation", decision.recommendation().name())
			.register(this.registry)
			.increment();
		Timer.builder("decisions.evaluation")
			.description("Time to evaluate one case against the decision tables")
			.tag("service", decision.service())
			.publishPercentileHistogram()
			// Evaluations take microseconds: buckets from 10 µs, not the default 1 ms.
			.minimumExpectedValue(Duration.ofNanos(10_000))
			.maximumExpectedValue(Duration.ofMillis(100))
			.register(this.registry)
			.record(evaluation);
	}

}
