package id.imigrasi.decisions.service.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Compiles are the costliest thing the service does (issue 20: a replay of a decision
 * made on a huge version recompiled it, and compiled versions were cached without limit):
 * a version asked for by many replays at once is compiled once, never two compiles run at
 * the same time, and the cache keeps only the most recently used.
 */
class CompiledVersionsTest {

	private final AtomicInteger compiles = new AtomicInteger();

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	@Test
	void shouldCompileAVersionAskedForByEightReplaysAtOnceOnce() throws Exception {
		CompiledVersions compiled = new CompiledVersions(this::slowCompile, storeKeeping("v1", "v2"), 8);
		ExecutorService replays = Executors.newFixedThreadPool(8);
		List<Future<Optional<Ruleset>>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String version = (i % 2 == 0) ? "v1" : "v2";
			answers.add(replays.submit(() -> compiled.get(new RulesetInfo.Reference(version, "sha-" + version))));
		}
		for (Future<Optional<Ruleset>> answer : answers) {
			assertThat(answer.get()).isPresent();
		}
		replays.shutdown();

		assertThat(this.compiles).hasValue(2);
		assertThat(this.mostAtOnce).hasValue(1);
	}

	@Test
	void shouldKeepOnlyTheMostRecentlyUsedVersions() throws Exception {
		CompiledVersions compiled = new CompiledVersions(this::slowCompile, storeKeeping("v1", "v2", "v3"), 2);
		compiled.get(new RulesetInfo.Reference("v1", "sha-v1"));
		compiled.get(new RulesetInfo.Reference("v2", "sha-v2"));
		compiled.get(new RulesetInfo.Reference("v1", "sha-v1"));
		compiled.get(new RulesetInfo.Reference("v3", "sha-v3"));

		assertThat(compiled.size()).isEqualTo(2);
		compiled.get(new RulesetInfo.Reference("v1", "sha-v1"));
		assertThat(this.compiles).hasValue(3);
		compiled.get(new RulesetInfo.Reference("v2", "sha-v2"));
		assertThat(this.compiles).hasValue(4);
	}

	@Test
	void shouldNotServeAKeptVersionWhoseHashDiffers() throws Exception {
		CompiledVersions compiled = new CompiledVersions(this::slowCompile, storeKeeping("v1"), 8);

		assertThat(compiled.get(new RulesetInfo.Reference("v1", "another-sha"))).isEmpty();
		assertThat(compiled.get(new RulesetInfo.Reference("v9", "sha-v9"))).isEmpty();
		assertThat(this.compiles).hasValue(0);
	}

	private Ruleset slowCompile(String version, Map<String, byte[]> workbooks) {
		this.compiles.incrementAndGet();
		this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.running.decrementAndGet();
		}
		Ruleset ruleset = mock(Ruleset.class);
		when(ruleset.info()).thenReturn(new RulesetInfo(version, "sha-" + version, List.of(), List.of()));
		return ruleset;
	}

	private static RulesetStore storeKeeping(String... versions) {
		RulesetStore store = mock(RulesetStore.class);
		when(store.load(anyString())).thenReturn(Optional.empty());
		for (String version : versions) {
			RulesetVersion meta = new RulesetVersion(version, "sha-" + version, null, "test", null, List.of(),
					List.of(), List.of(), false);
			when(store.load(version))
				.thenReturn(Optional.of(new RulesetStore.Kept(meta, Map.of("lists.xlsx", new byte[0]), Map.of())));
		}
		return store;
	}

}
