package id.imigrasi.decisions.service.ruleset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * Kept ruleset versions, activations, the active pointer and the replicas that follow it,
 * in the database (migration V20): the same SQL on H2 (one node) and PostgreSQL (several
 * replicas). Versions are never updated or deleted; an activation is one transaction.
 */
@Component
class RulesetStore {

	static final String WORKBOOK = "workbook";

	static final String SCENARIO = "scenario";

	private static final TypeReference<List<RulesetVersion.Table>> TABLES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final ActivationNotices notices;

	RulesetStore(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectMapper json,
			ActivationNotices notices) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.json = json;
		this.notices = notices;
	}

	/** A version as kept. */
	record Kept(RulesetVersion version, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios) {

		RulesetInfo.Reference reference() {
			return new RulesetInfo.Reference(this.version.version(), this.version.sha256());
		}

	}

	/**
	 * What every replica follows: the last activation (0 and no version before the first)
	 * and the version about to be activated.
	 */
	record Pointer(long activationId, RulesetInfo.Reference active, RulesetInfo.Reference prepare) {
	}

	/** One replica as it reported itself last. */
	record Replica(String replicaId, Instant startedAt, Instant seenAt, long activationId, String version,
			String sha256, boolean ready, String problem, String preparedVersion, String preparedSha256,
			String prepareProblem) {
	}

	/** Whether a version with this label, in any letter case, is kept. */
	boolean exists(String version) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ruleset_version WHERE version_key = :key")
			.param("key", key(version))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Keeps a version with its files, in one transaction.
	 * @throws org.springframework.dao.DuplicateKeyException when the label is taken (in
	 * any letter case)
	 */
	void keep(RulesetVersion version, Map<String, byte[]> workbooks, Map<String, byte[]> scenarios) {
		String tables = write(version.tables());
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc
				.sql("""
						INSERT INTO ruleset_version (version, version_key, sha256, comment, uploaded_by, uploaded_at, tables)
						VALUES (:version, :key, :sha256, :comment, :by, :at, :tables)
						""")
				.param("version", version.version())
				.param("key", key(version.version()))
				.param("sha256", version.sha256())
				.param("comment", version.comment())
				.param("by", version.uploadedBy())
				.param("at", utc(version.uploadedAt()))
				.param("tables", tables)
				.update();
			insertFiles(version.version(), WORKBOOK, workbooks);
			insertFiles(version.version(), SCENARIO, scenarios);
		});
	}

	private void insertFiles(String version, String kind, Map<String, byte[]> files) {
		files.forEach((name, bytes) -> this.jdbc
			.sql("INSERT INTO ruleset_file (version, kind, name, content) VALUES (:version, :kind, :name, :content)")
			.param("version", version)
			.param("kind", kind)
			.param("name", name)
			.param("content", bytes)
			.update());
	}

	Optional<Kept> load(String version) {
		Optional<RulesetVersion> meta = this.jdbc.sql("SELECT * FROM ruleset_version WHERE version = :version")
			.param("version", version)
			.query(this::version)
			.optional();
		return meta.map((found) -> new Kept(found, files(version, WORKBOOK), files(version, SCENARIO)));
	}

	private Map<String, byte[]> files(String version, String kind) {
		Map<String, byte[]> files = new TreeMap<>();
		this.jdbc.sql("SELECT name, content FROM ruleset_file WHERE version = :version AND kind = :kind")
			.param("version", version)
			.param("kind", kind)
			.query((rs) -> {
				files.put(rs.getString("name"), rs.getBytes("content"));
			});
		return files;
	}

	/** Every kept version, in the order they were kept. */
	List<RulesetVersion> versions() {
		return this.jdbc.sql("SELECT * FROM ruleset_version ORDER BY uploaded_at, version").query(this::version).list();
	}

	/** Every activation, oldest first. */
	List<ActivationRecord> activations() {
		return this.jdbc.sql("SELECT * FROM ruleset_activation ORDER BY activation_id")
			.query((rs, n) -> new ActivationRecord(rs.getLong("activation_id"), rs.getString("version"),
					rs.getString("sha256"), rs.getString("activated_by"), instant(rs, "activated_at")))
			.list();
	}

	/** One row of the activation history. */
	record ActivationRecord(long activationId, String version, String sha256, String by, Instant at) {
	}

	Pointer pointer() {
		return this.jdbc.sql("SELECT * FROM ruleset_pointer WHERE id = 1")
			.query((rs, n) -> new Pointer(rs.getLong("activation_id"),
					reference(rs.getString("version"), rs.getString("sha256")),
					reference(rs.getString("prepare_version"), rs.getString("prepare_sha256"))))
			.single();
	}

	/**
	 * Asks every replica to compile {@code version} before it becomes active, so that the
	 * activation itself is only a swap everywhere.
	 */
	void requestPrepare(RulesetInfo.Reference version) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc
				.sql("UPDATE ruleset_pointer SET prepare_version = :version, prepare_sha256 = :sha256 WHERE id = 1")
				.param("version", version.version())
				.param("sha256", version.sha256())
				.update();
			this.notices.send(this.jdbc);
		});
	}

	/**
	 * Activates a version, in one transaction: the pointer row is locked (activations of
	 * all replicas queue here), {@code swap} makes the version active on this replica and
	 * answers the time after the swap, then the activation is recorded, the pointer moved
	 * and the other replicas notified at commit.
	 * @return the new activation ID
	 */
	long activate(RulesetInfo.Reference version, String by, Supplier<Instant> swap) {
		Long id = this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT activation_id FROM ruleset_pointer WHERE id = 1 FOR UPDATE")
				.query(Long.class)
				.single();
			Instant at = swap.get();
			this.jdbc.sql("""
					INSERT INTO ruleset_activation (version, sha256, activated_by, activated_at)
					VALUES (:version, :sha256, :by, :at)
					""")
				.param("version", version.version())
				.param("sha256", version.sha256())
				.param("by", by)
				.param("at", utc(at))
				.update();
			long activationId = this.jdbc.sql("SELECT MAX(activation_id) FROM ruleset_activation")
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					UPDATE ruleset_pointer SET activation_id = :id, version = :version, sha256 = :sha256,
					    prepare_version = NULL, prepare_sha256 = NULL
					WHERE id = 1
					""")
				.param("id", activationId)
				.param("version", version.version())
				.param("sha256", version.sha256())
				.update();
			this.notices.send(this.jdbc);
			return activationId;
		});
		return id;
	}

	/** Records what this replica serves and prepared, and that it is alive. */
	void report(Replica replica) {
		int updated = this.jdbc.sql("""
				UPDATE ruleset_replica SET seen_at = :seenAt, activation_id = :activationId, version = :version,
				    sha256 = :sha256, ready = :ready, problem = :problem, prepared_version = :preparedVersion,
				    prepared_sha256 = :preparedSha256, prepare_problem = :prepareProblem
				WHERE replica_id = :replicaId
				""").paramSource(replicaParams(replica)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO ruleset_replica (replica_id, started_at, seen_at, activation_id, version, sha256, ready,
					    problem, prepared_version, prepared_sha256, prepare_problem)
					VALUES (:replicaId, :startedAt, :seenAt, :activationId, :version, :sha256, :ready,
					    :problem, :preparedVersion, :preparedSha256, :prepareProblem)
					""").paramSource(replicaParams(replica)).update();
		}
	}

	private static Map<String, Object> replicaParams(Replica replica) {
		Map<String, Object> params = new TreeMap<>();
		params.put("replicaId", replica.replicaId());
		params.put("startedAt", utc(replica.startedAt()));
		params.put("seenAt", utc(replica.seenAt()));
		params.put("activationId", replica.activationId());
		params.put("version", replica.version());
		params.put("sha256", replica.sha256());
		params.put("ready", replica.ready());
		params.put("problem", clip(replica.problem()));
		params.put("preparedVersion", replica.preparedVersion());
		params.put("preparedSha256", replica.preparedSha256());
		params.put("prepareProblem", clip(replica.prepareProblem()));
		return params;
	}

	List<Replica> replicas() {
		return this.jdbc.sql("SELECT * FROM ruleset_replica ORDER BY started_at, replica_id")
			.query((rs, n) -> new Replica(rs.getString("replica_id"), instant(rs, "started_at"), instant(rs, "seen_at"),
					rs.getLong("activation_id"), rs.getString("version"), rs.getString("sha256"),
					rs.getBoolean("ready"), rs.getString("problem"), rs.getString("prepared_version"),
					rs.getString("prepared_sha256"), rs.getString("prepare_problem")))
			.list();
	}

	/** A replica stopped cleanly, or one not seen since {@code before}. */
	void forget(String replicaId) {
		this.jdbc.sql("DELETE FROM ruleset_replica WHERE replica_id = :id").param("id", replicaId).update();
	}

	void forgetNotSeenSince(Instant before) {
		this.jdbc.sql("DELETE FROM ruleset_replica WHERE seen_at < :before").param("before", utc(before)).update();
	}

	/**
	 * Imports the history of the old folder store; only into an empty history, keeping
	 * the recorded times.
	 */
	void importActivation(String version, String sha256, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO ruleset_activation (version, sha256, activated_by, activated_at)
				VALUES (:version, :sha256, :by, :at)
				""").param("version", version).param("sha256", sha256).param("by", by).param("at", utc(at)).update();
	}

	/** Points at the last imported activation, when nothing was activated yet. */
	void importPointer() {
		List<ActivationRecord> history = activations();
		if (history.isEmpty()) {
			return;
		}
		ActivationRecord last = history.get(history.size() - 1);
		this.jdbc.sql("""
				UPDATE ruleset_pointer SET activation_id = :id, version = :version, sha256 = :sha256
				WHERE id = 1 AND activation_id = 0
				""")
			.param("id", last.activationId())
			.param("version", last.version())
			.param("sha256", last.sha256())
			.update();
	}

	private RulesetVersion version(ResultSet rs, int row) throws SQLException {
		try {
			return new RulesetVersion(rs.getString("version"), rs.getString("sha256"), rs.getString("comment"),
					rs.getString("uploaded_by"), instant(rs, "uploaded_at"),
					this.json.readValue(rs.getString("tables"), TABLES), List.of(), List.of(), false);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable tables of kept version " + rs.getString("version"), ex);
		}
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RulesetInfo.Reference reference(String version, String sha256) {
		return (version != null) ? new RulesetInfo.Reference(version, sha256) : null;
	}

	private static String key(String version) {
		return version.toLowerCase(Locale.ROOT);
	}

	private static String clip(String text) {
		return (text == null || text.length() <= 2000) ? text : text.substring(0, 2000);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	/** UTC to the microsecond, which H2 and PostgreSQL both keep. */
	private static OffsetDateTime utc(Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS) : null;
	}

}
