package id.imigrasi.decisions.bench;

import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.model.request.Departure;

/**
 * One departure decision per operation, cycling through the whole corpus so every
 * implementation sees the same mix. Each implementation has its own state, so a fork
 * builds only the engine it measures. Run by {@link Bench}; the parameters (forks,
 * iterations, modes) are set there.
 */
public class DepartureBenchmarks {

	/** The corpus and a cursor into it, one per benchmark thread. */
	@State(Scope.Thread)
	public static class Cases {

		List<Departure> corpus;

		int next;

		@Setup(Level.Trial)
		public void generate() {
			this.corpus = Corpus.standard();
		}

		Departure next() {
			Departure departure = this.corpus.get(this.next);
			this.next = (this.next + 1 == this.corpus.size()) ? 0 : this.next + 1;
			return departure;
		}

	}

	@State(Scope.Benchmark)
	public static class Engine {

		DecisionEngine engine;

		@Setup(Level.Trial)
		public void load() throws Exception {
			this.engine = new DecisionEngine(FrozenTables.ruleset());
		}

	}

	/** The country lists as the engine's ruleset has them on the check date. */
	static CountryLists lists() {
		try {
			return FrozenTables.countryLists(Corpus.CHECK_DATE);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@State(Scope.Benchmark)
	public static class HandWritten {

		HandWrittenDeparture baseline;

		@Setup(Level.Trial)
		public void load() {
			this.baseline = new HandWrittenDeparture(lists());
		}

	}

	@State(Scope.Benchmark)
	public static class CamundaFeel {

		CamundaDeparture peer;

		@Setup(Level.Trial)
		public void load() {
			this.peer = new CamundaDeparture(false, lists());
		}

	}

	@State(Scope.Benchmark)
	public static class CamundaLegacy {

		CamundaDeparture peer;

		@Setup(Level.Trial)
		public void load() {
			this.peer = new CamundaDeparture(true, lists());
		}

	}

	@State(Scope.Benchmark)
	public static class DroolsDmn {

		DroolsDmnDeparture peer;

		@Setup(Level.Trial)
		public void load() {
			this.peer = new DroolsDmnDeparture(lists());
		}

	}

	@Benchmark
	public Decision engine(Engine engine, Cases cases) {
		return engine.engine.evaluate(cases.next());
	}

	@Benchmark
	public HandWrittenDeparture.Result handWritten(HandWritten baseline, Cases cases) {
		return baseline.baseline.evaluate(cases.next());
	}

	@Benchmark
	public PeerResult camundaDefaultFeel(CamundaFeel camunda, Cases cases) {
		return camunda.peer.evaluate(cases.next());
	}

	@Benchmark
	public PeerResult camundaLegacyExpressions(CamundaLegacy camunda, Cases cases) {
		return camunda.peer.evaluate(cases.next());
	}

	@Benchmark
	public PeerResult droolsDmn(DroolsDmn drools, Cases cases) {
		return drools.peer.evaluate(cases.next());
	}

}
