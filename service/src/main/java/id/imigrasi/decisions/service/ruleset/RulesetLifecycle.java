package id.imigrasi.decisions.service.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Properties;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.WorkbookLimits;
import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.system.TablesFolder;
import id.imigrasi.decisions.model.Outcome;

/**
 * How a new version of the decision tables goes live (explicit and audited, unlike a
 * scanner that swaps silently): compile, validate, run the scenario packs as a gate, keep
 * it, swap it in atomically. Any failure leaves the active ruleset as it was and answers
 * every problem. Kept versions can be activated again (rollback or forward); a restart
 * comes back on the last active version.
 */
@Component
public class RulesetLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RulesetLifecycle.class);

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,122}\\.xlsx");

	/** A refused name is shown back only if it is a plain word, never a path. */
	private static final Pattern FILE_NAME_SHOWN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	private static final Pattern SCENARIO_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,122}\\.ya?ml");

	private final ActiveRuleset active;

	private final RulesetStore store;

	private final List<ActivationCheck> checks;

	private final Clock clock;

	private final Path tablesDir;

	private final WorkbookLimits limits;

	private final Map<String, Ruleset> compiled = new ConcurrentHashMap<>();

	/** Where uploaded packs and properties sit among the gating ones. */
	static final String UPLOADED = "upload/";

	/** The folder of properties beside the packs. */
	static final String PROPERTIES = "properties/";

	private final Duration propertyBudget;

	RulesetLifecycle(ActiveRuleset active, RulesetStore store, List<ActivationCheck> checks, Clock clock,
			@Value("${decisions.tables-dir:decision-tables}") Path tablesDir, WorkbookLimits limits,
			@Value("${decisions.properties.time-budget:PT120S}") Duration propertyBudget) throws RulesetException {
		this.propertyBudget = propertyBudget;
		this.active = active;
		this.store = store;
		this.checks = List.copyOf(checks);
		this.clock = clock;
		this.tablesDir = tablesDir;
		this.limits = limits;
		Ruleset builtin = active.builtin();
		this.compiled.put(builtin.info().version(), builtin);
		active.useKeptVersions(this::kept);
		restoreLastActive();
	}

	/**
	 * The version a restart must come back on; a kept version that fails to load stops
	 * the start.
	 */
	private void restoreLastActive() throws RulesetException {
		Optional<String> last = this.store.activeVersion();
		if (last.isEmpty() || last.get().equals(this.active.builtin().info().version())) {
			return;
		}
		RulesetStore.Kept kept = this.store.load(last.get())
			.orElseThrow(() -> new IllegalStateException("The active ruleset " + last.get()
					+ " is not kept under the data folder; restore it or remove the 'active' pointer"));
		Ruleset ruleset = Ruleset.compile(kept.version().version(), kept.workbooks(), this.limits);
		this.compiled.put(ruleset.info().version(), ruleset);
		this.active.activate(ruleset);
		log.info("Restarted on ruleset {} (last active)", ruleset.info().version());
	}

	/**
	 * Checks a complete set of workbooks and, if nothing blocks it, keeps it and makes it
	 * active. Nothing uploaded can switch a gate off: the packs shipped in the jar gate
	 * every version and uploaded packs add to them; the properties of the law shipped in
	 * the engine and beside the packs are checked on every version and uploaded
	 * properties add to them; a new or changed row no scenario reaches needs
	 * {@code allowUncovered=true} and a comment.
	 */
	public synchronized RulesetVersion upload(Upload upload) {
		// Again under the lock: the label may have been taken since.
		screen(upload);
		String version = upload.version();
		List<Problem> problems = new ArrayList<>();
		Map<String, byte[]> propertyFiles = propertyFiles(upload);
		Ruleset candidate;
		try {
			candidate = Ruleset.compile(version, upload.workbooks(), this.limits);
		}
		catch (RulesetException ex) {
			throw new RulesetRejectedException(ex.problems());
		}
		checkEveryServiceHasRules(candidate, problems);
		Map<String, byte[]> gate = gatingPacks(upload);
		for (ActivationCheck check : this.checks) {
			problems.addAll(check.check(candidate, upload, gate));
		}
		PropertyReport properties = Properties.check(candidate, propertyFiles, this.propertyBudget);
		problems.addAll(properties.problems());
		if (problems.stream().anyMatch(Problem::isError)) {
			throw new RulesetRejectedException(problems, properties.counterexamples());
		}
		if (upload.allowUncovered()) {
			log.warn("Ruleset {} uploaded by {} with allowUncovered=true: {}", version, upload.by(), upload.comment());
		}
		if (!upload.properties().isEmpty()) {
			log.info("Ruleset {} checked against the properties uploaded with it: {}", version,
					new TreeMap<>(upload.properties()).keySet());
		}
		Instant now = this.clock.instant();
		RulesetVersion kept = new RulesetVersion(version, candidate.info().sha256(), upload.comment(), upload.by(), now,
				RulesetVersion.Table.of(candidate.info()), List.copyOf(new TreeMap<>(upload.scenarios()).keySet()),
				List.of(), false);
		this.store.save(kept, upload.workbooks(), upload.scenarios());
		this.compiled.put(version, candidate);
		swap(candidate, upload.by(), now);
		log.info("Ruleset {} uploaded and activated by {} ({} warning(s))", version, upload.by(), problems.size());
		return describe(version);
	}

	/**
	 * Refuses what needs neither a compile nor the lock: a malformed or taken label, a
	 * part without a plain file name, a set past the size limits (read as a stream, so a
	 * bomb costs little). Callers run it before {@link #upload} so that a refused upload
	 * never waits for, nor holds, the lock.
	 */
	public void screen(Upload upload) {
		List<Problem> problems = new ArrayList<>();
		checkLabel(upload.version(), problems);
		checkFiles(upload.workbooks(), problems);
		checkScenarioNames(upload.scenarios(), problems);
		checkScenarioNames(upload.properties(), problems);
		checkUncoveredComment(upload, problems);
		if (problems.isEmpty()) {
			problems.addAll(Properties.read(propertyFiles(upload)));
		}
		if (problems.isEmpty()) {
			problems.addAll(this.limits.check(upload.workbooks()));
		}
		if (!problems.isEmpty()) {
			throw new RulesetRejectedException(problems);
		}
	}

	/**
	 * Re-reads the policy team's working copy of the tables and uploads it as a new
	 * version.
	 */
	public RulesetVersion reload(String version, String comment, String by) {
		Map<String, byte[]> workbooks;
		try {
			workbooks = TablesFolder.read(this.tablesDir);
		}
		catch (IOException ex) {
			throw new RulesetRejectedException(List.of(Problem.error(ProblemCode.UNREADABLE_FOLDER,
					this.tablesDir.toString(), "The tables folder cannot be read: " + ex.getMessage(),
					"Folder tabel tidak dapat dibaca: " + ex.getMessage())));
		}
		return upload(new Upload(version, comment, workbooks, Map.of(), by));
	}

	/** Makes a kept version active again (rollback or forward). */
	public synchronized RulesetVersion activate(String version, String by) {
		if (version == null || !LABEL.matcher(version).matches()) {
			// Never a path under the data folder: not '.', '..' nor a staging folder.
			throw new UnknownVersionException(version);
		}
		Ruleset ruleset = this.compiled.get(version);
		if (ruleset == null) {
			RulesetStore.Kept kept = this.store.load(version).orElseThrow(() -> new UnknownVersionException(version));
			try {
				ruleset = Ruleset.compile(version, kept.workbooks(), this.limits);
			}
			catch (RulesetException ex) {
				throw new IllegalStateException("Kept ruleset " + version + " no longer compiles", ex);
			}
			this.compiled.put(version, ruleset);
		}
		swap(ruleset, by, this.clock.instant());
		return describe(version);
	}

	/**
	 * Every version that can be activated, the built-in one first, the active one marked.
	 */
	public List<RulesetVersion> versions() {
		String activeVersion = this.active.engine().ruleset().info().version();
		List<Map<String, String>> history = this.store.activations();
		List<RulesetVersion> versions = new ArrayList<>();
		RulesetInfo builtin = this.active.builtin().info();
		versions.add(new RulesetVersion(builtin.version(), builtin.sha256(), "Built into the KJAR", "build", null,
				RulesetVersion.Table.of(builtin), List.of(), List.of(), false));
		versions.addAll(this.store.versions());
		return versions.stream()
			.map((v) -> v.withActive(v.version().equals(activeVersion), activationsOf(v.version(), history)))
			.toList();
	}

	private RulesetVersion describe(String version) {
		return versions().stream().filter((v) -> v.version().equals(version)).findFirst().orElseThrow();
	}

	private void swap(Ruleset ruleset, String by, Instant at) {
		this.store.activated(ruleset.info().version(), by, at);
		this.active.activate(ruleset);
	}

	private Optional<Ruleset> kept(RulesetInfo.Reference reference) {
		Ruleset cached = this.compiled.get(reference.version());
		if (cached != null) {
			return Optional.of(cached);
		}
		return this.store.load(reference.version()).map((kept) -> {
			try {
				Ruleset ruleset = Ruleset.compile(reference.version(), kept.workbooks(), this.limits);
				this.compiled.put(reference.version(), ruleset);
				return ruleset;
			}
			catch (RulesetException ex) {
				return null;
			}
		});
	}

	/**
	 * The packs that gate a version: every pack shipped in the jar, and the packs
	 * uploaded with it beside them (under {@code upload/}, so none can stand in for a
	 * shipped one of the same name; a reused scenario ID is refused by the scenario
	 * gate).
	 */
	static Map<String, byte[]> gatingPacks(Upload upload) {
		Map<String, byte[]> packs = new TreeMap<>(ShippedScenarios.read());
		upload.scenarios().forEach((name, bytes) -> packs.put(UPLOADED + name, bytes));
		return packs;
	}

	/**
	 * The properties checked besides those of the engine: the jar's
	 * {@code test-scenarios/properties/}, and those uploaded.
	 */
	static Map<String, byte[]> propertyFiles(Upload upload) {
		Map<String, byte[]> files = new TreeMap<>();
		ShippedScenarios.read().forEach((name, bytes) -> {
			if (name.startsWith(PROPERTIES)) {
				files.put(name, bytes);
			}
		});
		upload.properties().forEach((name, bytes) -> files.put(UPLOADED + PROPERTIES + name, bytes));
		return files;
	}

	/** Letting an uncovered row go live is a decision someone must explain. */
	private static void checkUncoveredComment(Upload upload, List<Problem> problems) {
		if (upload.allowUncovered() && (upload.comment() == null || upload.comment().isBlank())) {
			problems.add(Problem.error(ProblemCode.UNCOVERED_CHANGE, "comment",
					"allowUncovered=true lets rows no scenario reaches go live: say why in the comment.",
					"allowUncovered=true membiarkan baris yang tidak dicapai skenario mana pun berlaku: jelaskan alasannya di komentar."));
		}
	}

	private void checkLabel(String version, List<Problem> problems) {
		if (version == null || !LABEL.matcher(version).matches()) {
			problems.add(Problem.error(ProblemCode.BAD_VERSION, "version",
					"A version label is 1 to 64 letters, digits, dots, dashes or underscores, e.g. 2026-11-24.1.",
					"Label versi berisi 1 sampai 64 huruf, angka, titik, tanda hubung atau garis bawah, mis. 2026-11-24.1."));
		}
		else if (version.startsWith("builtin-") || this.store.exists(version)) {
			problems.add(Problem.error(ProblemCode.VERSION_EXISTS, "version",
					"Version " + version + " exists already; versions are never overwritten, choose a new label.",
					"Versi " + version + " sudah ada; versi tidak pernah ditimpa, pilih label baru."));
		}
	}

	/**
	 * A part without a plain workbook name is refused before anything reads it; the
	 * validator reports what is wrong inside the workbooks.
	 */
	private static void checkFiles(Map<String, byte[]> workbooks, List<Problem> problems) {
		if (workbooks.isEmpty()) {
			problems.add(Problem.error(ProblemCode.NO_WORKBOOKS, "workbook",
					"Upload the complete set of workbooks as 'workbook' parts.",
					"Unggah seluruh buku kerja sebagai bagian 'workbook'."));
		}
		for (String name : workbooks.keySet()) {
			if (!FILE_NAME.matcher(name).matches()) {
				problems.add(Problem.error(ProblemCode.NOT_A_WORKBOOK,
						FILE_NAME_SHOWN.matcher(name).matches() ? name : "workbook",
						"Only Excel workbooks (.xlsx) with a plain file name can be uploaded.",
						"Hanya buku kerja Excel (.xlsx) dengan nama berkas biasa yang dapat diunggah."));
			}
		}
	}

	/**
	 * Scenario packs are kept as files under the version's folder: a name that is not a
	 * plain file name ({@code .}, {@code ..}, a path, empty) would write elsewhere.
	 */
	private static void checkScenarioNames(Map<String, byte[]> scenarios, List<Problem> problems) {
		for (String name : scenarios.keySet()) {
			if (!SCENARIO_NAME.matcher(name).matches()) {
				problems.add(Problem.error(ProblemCode.BAD_FILE_NAME, "scenario",
						"A scenario pack needs a plain file name ending in .yaml or .yml, without a folder.",
						"Paket skenario perlu nama berkas biasa berakhiran .yaml atau .yml, tanpa folder."));
			}
		}
	}

	/**
	 * A set without the rows of one service would silently answer ISSUE or ALLOW to every
	 * case of that service; the upload must be the complete set.
	 */
	private static void checkEveryServiceHasRules(Ruleset candidate, List<Problem> problems) {
		Set<DecisionService> missing = EnumSet.allOf(DecisionService.class);
		boolean referrals = false;
		for (RulesetInfo.Row row : candidate.info().rows()) {
			if (row.outcome() == Outcome.REFER) {
				referrals = true;
			}
			else if (row.outcome() != null) {
				missing.remove(row.outcome().service());
			}
		}
		for (DecisionService service : missing) {
			problems.add(Problem.error(ProblemCode.INCOMPLETE_SET, service.path(),
					"No workbook has rows for " + service.path() + "; upload the complete set of workbooks.",
					"Tidak ada buku kerja berisi baris untuk " + service.path() + "; unggah seluruh buku kerja."));
		}
		if (!referrals) {
			problems.add(Problem.error(ProblemCode.INCOMPLETE_SET, "referral",
					"No workbook has referral rows; upload the complete set of workbooks.",
					"Tidak ada buku kerja berisi baris rujukan; unggah seluruh buku kerja."));
		}
	}

	private static List<RulesetVersion.Activation> activationsOf(String version, List<Map<String, String>> history) {
		return history.stream()
			.filter((a) -> version.equals(a.get("version")))
			.map((a) -> new RulesetVersion.Activation(a.get("by"), Instant.parse(a.get("at"))))
			.toList();
	}

}
