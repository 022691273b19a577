package id.imigrasi.decisions.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The properties of the law checked on one ruleset (SPEC 2.7): a result per property, and
 * every problem at once (a violation with its counterexample, a property file that cannot
 * be read, a search that ran out of time, a disagreement between the checker's model and
 * the engine).
 *
 * @param cases classes of cases decided across all properties
 * @param combinations how many concrete combinations of the searched facts these classes
 * stand for
 */
public record PropertyReport(List<PropertyResult> results, List<Problem> problems, long cases, double combinations,
		Duration elapsed) {

	public PropertyReport {
		results = List.copyOf(results);
		problems = List.copyOf(problems);
	}

	/** Whether every property holds and every property file could be read. */
	public boolean holds() {
		return this.problems.stream().noneMatch(Problem::isError);
	}

	public List<Problem> errors() {
		return this.problems.stream().filter(Problem::isError).toList();
	}

	/** Every counterexample of every property. */
	public List<Counterexample> counterexamples() {
		return this.results.stream().flatMap((r) -> r.counterexamples().stream()).toList();
	}

	/**
	 * One line per property, then each counterexample as its scenario; the totals last.
	 */
	public String toText() {
		StringBuilder text = new StringBuilder();
		for (PropertyResult result : this.results) {
			text.append(String.format(Locale.ROOT, "%-10s %-24s %,9d cases %6.1f s  %s%n", result.status(), result.id(),
					result.cases(), result.elapsed().toMillis() / 1000.0, result.title().en()));
			if (result.note() != null) {
				text.append("           ").append(result.note()).append('\n');
			}
		}
		for (Problem problem : this.problems) {
			text.append('\n').append(problem.toParagraph());
		}
		for (Counterexample example : counterexamples()) {
			text.append("\n# ").append(example.property()).append(", ").append(example.service()).append(", ");
			text.append(example.legalDate()).append('\n').append(example.scenarioYaml());
		}
		text.append(String.format(Locale.ROOT,
				"%nProperties: %d checked, %d hold, %,d classes of cases decided (%.3g combinations of facts) in %.1f s.%n",
				this.results.size(),
				this.results.stream().filter((r) -> r.status() == PropertyResult.Status.HOLDS).count(), this.cases,
				this.combinations, this.elapsed.toMillis() / 1000.0));
		return text.toString();
	}

}
