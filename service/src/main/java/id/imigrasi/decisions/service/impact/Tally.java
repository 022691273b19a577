package id.imigrasi.decisions.service.impact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import id.imigrasi.decisions.model.request.DecisionService;

/**
 * What one thread of an impact run found, merged with the others' at the end: counts per
 * service, the recommendation changes, rows that start or stop firing, referral changes,
 * each with up to {@value #EXAMPLES} decision IDs, and the decisions that could not be
 * evaluated again, named by ID.
 */
final class Tally {

	/** Decision IDs named per change. */
	static final int EXAMPLES = 20;

	/** Decision IDs named among those that could not be evaluated again. */
	static final int NAMED = 1000;

	/** The service of a decision whose service column names none. */
	static final String UNKNOWN_SERVICE = "unknown";

	/** Read, evaluated again, changed, per service. */
	final Map<String, long[]> services = new TreeMap<>();

	/** Decisions read per ruleset version they were answered under. */
	final Map<String, Long> versions = new TreeMap<>();

	final Map<Transition, Examples> transitions = new HashMap<>();

	final Map<String, Examples> started = new TreeMap<>();

	final Map<String, Examples> stopped = new TreeMap<>();

	final Map<ReferralKey, Examples> referrals = new HashMap<>();

	final Examples changed = new Examples(EXAMPLES);

	final Examples unreadable = new Examples(NAMED);

	/** Why stored facts could not be read: JSON paths of the problems, with counts. */
	final Map<String, Long> unreadableProblems = new TreeMap<>();

	final Examples failed = new Examples(NAMED);

	long read;

	long reevaluated;

	/** One recommendation change (or none, from = to) in one service. */
	record Transition(String service, String from, String to) {
	}

	/**
	 * A change of one agency's referral: from and to are urgencies, null for no referral.
	 */
	record ReferralKey(String agency, String from, String to) {
	}

	void read(LoggedCase logged) {
		this.read++;
		this.versions.merge(logged.rulesetVersion(), 1L, Long::sum);
		counts(service(logged))[0]++;
	}

	/**
	 * Stored facts (or the logged answer) that no longer read under the current contract.
	 * @param paths JSON paths of what is wrong, never values
	 */
	void unreadable(LoggedCase logged, Collection<String> paths) {
		this.unreadable.add(logged.decisionId());
		new TreeSet<>(paths).forEach((path) -> this.unreadableProblems.merge(path, 1L, Long::sum));
	}

	/** Facts that read but could not be evaluated under the candidate. */
	void failed(LoggedCase logged) {
		this.failed.add(logged.decisionId());
	}

	void compare(LoggedCase logged, Verdict before, Verdict after) {
		this.reevaluated++;
		String service = service(logged);
		long[] counts = counts(service);
		counts[1]++;
		String id = logged.decisionId();
		Examples transition = this.transitions.computeIfAbsent(
				new Transition(service, before.recommendation(), after.recommendation()),
				(key) -> new Examples(EXAMPLES));
		if (before.equals(after)) {
			transition.countUnnamed();
			return;
		}
		counts[2]++;
		this.changed.add(id);
		if (before.recommendation().equals(after.recommendation())) {
			transition.countUnnamed();
		}
		else {
			transition.add(id);
		}
		for (String ruleId : after.ruleIds()) {
			if (!before.ruleIds().contains(ruleId)) {
				this.started.computeIfAbsent(ruleId, (key) -> new Examples(EXAMPLES)).add(id);
			}
		}
		for (String ruleId : before.ruleIds()) {
			if (!after.ruleIds().contains(ruleId)) {
				this.stopped.computeIfAbsent(ruleId, (key) -> new Examples(EXAMPLES)).add(id);
			}
		}
		TreeSet<String> agencies = new TreeSet<>(before.referrals().keySet());
		agencies.addAll(after.referrals().keySet());
		for (String agency : agencies) {
			String from = before.referrals().get(agency);
			String to = after.referrals().get(agency);
			if (!Objects.equals(from, to)) {
				this.referrals.computeIfAbsent(new ReferralKey(agency, from, to), (key) -> new Examples(EXAMPLES))
					.add(id);
			}
		}
	}

	void merge(Tally other) {
		this.read += other.read;
		this.reevaluated += other.reevaluated;
		other.services.forEach((service, counts) -> {
			long[] mine = counts(service);
			for (int i = 0; i < mine.length; i++) {
				mine[i] += counts[i];
			}
		});
		other.versions.forEach((version, count) -> this.versions.merge(version, count, Long::sum));
		other.transitions.forEach((key, examples) -> merge(this.transitions, key, examples));
		other.started.forEach((key, examples) -> merge(this.started, key, examples));
		other.stopped.forEach((key, examples) -> merge(this.stopped, key, examples));
		other.referrals.forEach((key, examples) -> merge(this.referrals, key, examples));
		this.changed.merge(other.changed);
		this.unreadable.merge(other.unreadable);
		other.unreadableProblems.forEach((path, count) -> this.unreadableProblems.merge(path, count, Long::sum));
		this.failed.merge(other.failed);
	}

	private static <K> void merge(Map<K, Examples> into, K key, Examples examples) {
		into.computeIfAbsent(key, (k) -> new Examples(EXAMPLES)).merge(examples);
	}

	private long[] counts(String service) {
		return this.services.computeIfAbsent(service, (key) -> new long[3]);
	}

	private static String service(LoggedCase logged) {
		for (DecisionService service : DecisionService.values()) {
			if (service.path().equals(logged.service())) {
				return service.path();
			}
		}
		return UNKNOWN_SERVICE;
	}

}
