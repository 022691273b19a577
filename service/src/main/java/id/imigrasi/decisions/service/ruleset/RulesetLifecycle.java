package id.imigrasi.decisions.service.ruleset;

import java.io.IOException;
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
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Properties;
import id.imigrasi.decisions.engine.PropertyReport;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.engine.WorkbookLimits;
import id.imigrasi.decisions.model.Outcome;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.system.TablesFolder;

/**
 * How a new version of the decision tables goes live (explicit and audited, unlike a
 * scanner that swaps silently): compile, validate, run the scenario packs as a gate, keep
 * it in the database, have every replica compile it, then swap it in everywhere. Any
 * failure leaves the active ruleset as it was and answers every problem. Kept versions
 * can be activated again (rollback or forward), on any replica; a restart comes back on
 * the last active version. Compiling and the gates take seconds and hold no lock; only
 * the swap does ({@link Replication}).
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

	private final CompiledVersions compiled;

	private final Replication replication;

	private final List<ActivationCheck> checks;

	private final Clock clock;

	private final Path tablesDir;

	private final WorkbookLimits limits;

	/** Where uploaded packs and properties sit among the gating ones. */
	static final String UPLOADED = "upload/";

	/** The folder of properties beside the packs. */
	static final String PROPERTIES = "properties/";

	private final Duration propertyBudget;

	private final UploadImpact impact;

	RulesetLifecycle(ActiveRuleset active, RulesetStore store, CompiledVersions compiled, Replication replication,
			List<ActivationCheck> checks, Clock clock, @Value("${decisions.tables-dir:decision-tables}") Path tablesDir,
			@Value("${decisions.data-dir}") Path dataDir, WorkbookLimits limits,
			@Value("${decisions.properties.time-budget:PT120S}") Duration propertyBudget,
			ObjectProvider<UploadImpact> impact) {
		this.propertyBudget = propertyBudget;
		this.impact = impact.getIfAvailable();
		this.active = active;
		this.store = store;
		this.compiled = compiled;
		this.replication = replication;
		this.checks = List.copyOf(checks);
		this.clock = clock;
		this.tablesDir = tablesDir;
		this.limits = limits;
		active.useKeptVersions((reference) -> {
			try {
				return compiled.get(reference);
			}
			catch (RulesetException ex) {
				log.warn("Kept ruleset {} does not compile here: {}", reference.version(), ex.problems().size());
				return Optional.empty();
			}
		});
		FolderImport.once(dataDir.resolve("rulesets"), store, active.builtin().info());
		keepBuiltin();
		store.forgetNotSeenSince(clock.instant().minus(Duration.ofDays(1)));
		replication.sync(false);
		replication.report();
		log.info("Serving ruleset {} (activation {})", active.engine().ruleset().info().version(),
				replication.serving().activationId());
	}

	/**
	 * The built-in version is kept like an upload on first start, so that decisions made
	 * on it can be replayed after the jar is replaced, on any replica. A kept version of
	 * the same name with other tables stops the start: decisions name their version, and
	 * two sets of rules under one name would replay a decision under rules it was never
	 * made on (a release that changes decision-tables/ must change the project version,
	 * which names the built-in set).
	 */
	private void keepBuiltin() {
		RulesetInfo builtin = this.active.builtin().info();
		Optional<RulesetVersion> kept = this.store.load(builtin.version()).map(RulesetStore.Kept::version);
		if (kept.isPresent()) {
			if (!kept.get().sha256().equals(builtin.sha256())) {
				throw new IllegalStateException("The kept ruleset " + builtin.version() + " holds other tables (sha256 "
						+ kept.get().sha256() + ") than this jar's built-in set (sha256 " + builtin.sha256()
						+ "): give the release that changed decision-tables/ a new project version");
			}
			return;
		}
		try {
			this.store.keep(
					new RulesetVersion(builtin.version(), builtin.sha256(), "Built into the KJAR", "build",
							this.clock.instant(), RulesetVersion.Table.of(builtin), List.of(), List.of(), false),
					this.active.builtin().workbooks(), Map.of());
		}
		catch (DuplicateKeyException ex) {
			// another replica kept it at the same moment
		}
	}

	/**
	 * Checks a complete set of workbooks and, if nothing blocks it, keeps it and makes it
	 * active on every replica. Nothing uploaded can switch a gate off: the packs shipped
	 * in the jar gate every version and uploaded packs add to them; the properties of the
	 * law shipped in the engine and beside the packs are checked on every version and
	 * uploaded properties add to them; a new or changed row no scenario reaches needs
	 * {@code allowUncovered=true} and a comment. None of this holds a lock. Either
	 * answer, 201 or 422, carries what the candidate would change in the decisions
	 * already made ({@link UploadImpact}), computed before anything is kept.
	 */
	public UploadAnswer upload(Upload upload) {
		// Again: the label may have been taken since the controller screened it.
		Assessment assessment = assess(upload);
		Object impact = (this.impact != null) ? this.impact.of(assessment, upload) : null;
		if (!assessment.accepted()) {
			throw new RulesetRejectedException(assessment.problems(), assessment.properties().counterexamples())
				.withImpact(impact);
		}
		String version = upload.version();
		Ruleset candidate = assessment.candidate();
		if (upload.allowUncovered()) {
			log.warn("Ruleset {} uploaded by {} with allowUncovered=true: {}", version, upload.by(), upload.comment());
		}
		if (!upload.properties().isEmpty()) {
			log.info("Ruleset {} checked against the properties uploaded with it: {}", version,
					new TreeMap<>(upload.properties()).keySet());
		}
		RulesetVersion kept = new RulesetVersion(version, candidate.info().sha256(), upload.comment(), upload.by(),
				this.clock.instant(), RulesetVersion.Table.of(candidate.info()),
				List.copyOf(new TreeMap<>(upload.scenarios()).keySet()), List.of(), false);
		try {
			this.store.keep(kept, upload.workbooks(), upload.scenarios());
		}
		catch (DuplicateKeyException ex) {
			// The same label uploaded at the same moment, on this replica or another.
			throw new RulesetRejectedException(List.of(versionExists(version))).withImpact(impact);
		}
		this.replication.prepareOthers(candidate.info().reference());
		this.replication.activateHere(candidate, upload.by());
		log.info("Ruleset {} uploaded and activated by {} ({} warning(s))", version, upload.by(),
				assessment.problems().size());
		return new UploadAnswer(describe(version), impact);
	}

	/**
	 * Screens, compiles and gates a candidate exactly as {@link #upload} does, and keeps
	 * nothing: what an upload would decide, for the upload itself and for the impact of a
	 * candidate ({@code POST /api/v1/rulesets/impact}). Takes no lock.
	 * @throws RulesetRejectedException 422 when the upload is refused before anything
	 * could be evaluated: screening, or a set that does not compile
	 */
	public Assessment assess(Upload upload) {
		screen(upload);
		List<Problem> problems = new ArrayList<>();
		Map<String, byte[]> propertyFiles = propertyFiles(upload);
		Ruleset candidate;
		try {
			candidate = this.compiled.compile(upload.version(), upload.workbooks());
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
		return new Assessment(candidate, problems, properties, gate);
	}

	/**
	 * Refuses what needs no compile: a malformed or taken label, a part without a plain
	 * file name, a set past the size limits (read as a stream, so a bomb costs little).
	 * Nothing here takes a lock; {@link #upload} screens again.
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
	public UploadAnswer reload(String version, String comment, String by) {
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

	/**
	 * Makes a kept version active again on every replica (rollback or forward). It goes
	 * live as an upload does, so it must keep the properties of the law shipped today
	 * (SPEC 2.7), which may be more than when it was kept.
	 * @throws RulesetRejectedException 422 with each broken property's case as a scenario
	 */
	public RulesetVersion activate(String version, String by) {
		if (version == null || !LABEL.matcher(version).matches()) {
			throw new UnknownVersionException(version);
		}
		RulesetStore.Kept kept = this.store.load(version).orElseThrow(() -> new UnknownVersionException(version));
		Ruleset ruleset;
		try {
			ruleset = this.replication.resolve(kept.reference());
		}
		catch (RulesetException ex) {
			throw new IllegalStateException("Kept ruleset " + version + " no longer compiles", ex);
		}
		PropertyReport properties = Properties.check(ruleset, shippedPropertyFiles(), this.propertyBudget);
		if (properties.problems().stream().anyMatch(Problem::isError)) {
			throw new RulesetRejectedException(properties.problems(), properties.counterexamples());
		}
		this.replication.prepareOthers(kept.reference());
		this.replication.activateHere(ruleset, by);
		return describe(version);
	}

	/**
	 * Every version that can be activated, in the order they were kept (the built-in one
	 * at first start), the active one marked.
	 */
	public List<RulesetVersion> versions() {
		RulesetInfo.Reference activeVersion = this.active.engine().ruleset().info().reference();
		List<RulesetStore.ActivationRecord> history = this.store.activations();
		return this.store.versions()
			.stream()
			.map((v) -> v.withActive(
					v.version().equals(activeVersion.version()) && v.sha256().equals(activeVersion.sha256()),
					history.stream()
						.filter((a) -> a.version().equals(v.version()))
						.map((a) -> new RulesetVersion.Activation(a.by(), a.at()))
						.toList()))
			.toList();
	}

	/** The replicas following the pointer, as each reported itself last. */
	public List<ReplicaAnswer> replicas() {
		Instant liveSince = this.clock.instant().minus(Replication.LIVE);
		return this.store.replicas()
			.stream()
			.map((r) -> new ReplicaAnswer(r.replicaId(), r.startedAt(), r.seenAt(), r.seenAt().isAfter(liveSince),
					r.activationId(), r.version(), r.sha256(), r.ready(), r.problem()))
			.toList();
	}

	private RulesetVersion describe(String version) {
		return versions().stream().filter((v) -> v.version().equals(version)).findFirst().orElseThrow();
	}

	/**
	 * The packs that gate a version: every pack shipped in the jar, and the packs
	 * uploaded with it beside them (under {@code upload/}, so none can stand in for a
	 * shipped one of the same name; a reused scenario ID is refused by the scenario
	 * gate).
	 */
	public static Map<String, byte[]> gatingPacks(Upload upload) {
		Map<String, byte[]> packs = new TreeMap<>(ShippedScenarios.read());
		upload.scenarios().forEach((name, bytes) -> packs.put(UPLOADED + name, bytes));
		return packs;
	}

	/**
	 * The properties checked besides those of the engine: the jar's
	 * {@code test-scenarios/properties/}, and those uploaded.
	 */
	public static Map<String, byte[]> propertyFiles(Upload upload) {
		Map<String, byte[]> files = shippedPropertyFiles();
		upload.properties().forEach((name, bytes) -> files.put(UPLOADED + PROPERTIES + name, bytes));
		return files;
	}

	/** The properties kept beside the shipped scenario packs, by file name. */
	private static Map<String, byte[]> shippedPropertyFiles() {
		Map<String, byte[]> files = new TreeMap<>();
		ShippedScenarios.read().forEach((name, bytes) -> {
			if (name.startsWith(PROPERTIES)) {
				files.put(name, bytes);
			}
		});
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
		else if (version.toLowerCase(java.util.Locale.ROOT).startsWith("builtin-") || this.store.exists(version)) {
			problems.add(versionExists(version));
		}
	}

	/** Labels are compared without letter case: V-OK-1 and v-ok-1 are one version. */
	private static Problem versionExists(String version) {
		return Problem.error(ProblemCode.VERSION_EXISTS, "version",
				"Version " + version
						+ " exists already (letter case aside); versions are never overwritten, choose a new label.",
				"Versi " + version
						+ " sudah ada (tanpa membedakan huruf besar/kecil); versi tidak pernah ditimpa, pilih label baru.");
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
	 * A scenario pack needs a plain file name ({@code .}, {@code ..}, a path or an empty
	 * name is refused): it is kept under that name and shown back.
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

}
