package id.imigrasi.decisions.service.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * Compiled versions, at most {@code decisions.rulesets.compiled-cache} of them (least
 * recently used go first; the built-in and the active version are held elsewhere too),
 * and one compile at a time on this replica: an upload, a replica preparing a version and
 * a replay that needs an old version queue for the same lock, and a version asked for
 * twice is compiled once (issue 20: compiles are the costliest thing the service does).
 */
@Component
class CompiledVersions {

	private static final Logger log = LoggerFactory.getLogger(CompiledVersions.class);

	private final RulesetCompiler compiler;

	private final RulesetStore store;

	private final Map<RulesetInfo.Reference, Ruleset> cache;

	private final ReentrantLock compiling = new ReentrantLock(true);

	CompiledVersions(RulesetCompiler compiler, RulesetStore store,
			@Value("${decisions.rulesets.compiled-cache:8}") int capacity) {
		this.compiler = compiler;
		this.store = store;
		this.cache = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<RulesetInfo.Reference, Ruleset> eldest) {
				return size() > Math.max(1, capacity);
			}
		};
	}

	/** Compiles an uploaded set, waiting for any other compile on this replica first. */
	Ruleset compile(String version, Map<String, byte[]> workbooks) throws RulesetException {
		this.compiling.lock();
		try {
			long start = System.nanoTime();
			Ruleset ruleset = this.compiler.compile(version, workbooks);
			log.info("Ruleset {} compiled in {} ms", version, (System.nanoTime() - start) / 1_000_000);
			put(ruleset);
			return ruleset;
		}
		finally {
			this.compiling.unlock();
		}
	}

	/**
	 * The compiled version, from the cache or compiled once from the store; empty when no
	 * version with that label and hash is kept.
	 * @throws RulesetException when the kept version does not compile here
	 */
	Optional<Ruleset> get(RulesetInfo.Reference reference) throws RulesetException {
		Ruleset cached = cached(reference);
		if (cached != null) {
			return Optional.of(cached);
		}
		this.compiling.lock();
		try {
			// Whoever held the lock may have compiled it meanwhile.
			cached = cached(reference);
			if (cached != null) {
				return Optional.of(cached);
			}
			Optional<RulesetStore.Kept> kept = this.store.load(reference.version())
				.filter((found) -> found.reference().equals(reference));
			if (kept.isEmpty()) {
				return Optional.empty();
			}
			long start = System.nanoTime();
			Ruleset ruleset = this.compiler.compile(reference.version(), kept.get().workbooks());
			log.info("Kept ruleset {} compiled in {} ms", reference.version(), (System.nanoTime() - start) / 1_000_000);
			if (!ruleset.info().reference().equals(reference)) {
				return Optional.empty();
			}
			put(ruleset);
			return Optional.of(ruleset);
		}
		finally {
			this.compiling.unlock();
		}
	}

	void put(Ruleset ruleset) {
		synchronized (this.cache) {
			this.cache.put(ruleset.info().reference(), ruleset);
		}
	}

	private Ruleset cached(RulesetInfo.Reference reference) {
		synchronized (this.cache) {
			return this.cache.get(reference);
		}
	}

	int size() {
		synchronized (this.cache) {
			return this.cache.size();
		}
	}

}
