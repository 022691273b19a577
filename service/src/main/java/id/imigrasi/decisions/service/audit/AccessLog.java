package id.imigrasi.decisions.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.service.system.ProblemException;
import id.imigrasi.decisions.service.system.Requester;

/**
 * Every read of the decision log, itself logged (SPEC 8.1; UU 27/2022 on purpose
 * limitation): who, when, what, and for a search the purpose given and the person
 * searched for as the NIK's keyed hash. A read is logged before it is answered, and a
 * read that cannot be logged is not answered (503), as a decision that cannot be logged
 * is not. Other features log their reads of the log here too ({@link #record}).
 *
 * <p>
 * No entry holds a NIK or a name: the purpose is refused if it holds a 16-digit number
 * ({@link Purpose}), and the rest is written by the service.
 */
@Component
public class AccessLog {

	/** Reading one decision ({@code GET /api/v1/decisions/{id}}). */
	public static final String READ = "READ";

	/** A search for a person's decisions. */
	public static final String SEARCH = "SEARCH";

	/** A replay of one decision. */
	public static final String REPLAY = "REPLAY";

	/** The written notice of one decision. */
	public static final String NOTICE = "NOTICE";

	/** The impact report of a candidate ruleset over the logged decisions. */
	public static final String IMPACT = "IMPACT";

	/**
	 * A page of this access log itself: who watches the watchers is on the record too
	 * (every read of the log is logged).
	 */
	public static final String ACCESS_LOG = "ACCESS_LOG";

	/** Largest page of the access log answered. */
	public static final int PAGE_LIMIT = 500;

	private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DecisionLogHealth health;

	AccessLog(JdbcClient jdbc, Clock clock, DecisionLogHealth health) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.health = health;
	}

	/**
	 * Logs a read that is about to be answered.
	 * @param kind what was read, e.g. {@link #NOTICE}
	 * @param decisionId the decision read; null for a read of many
	 * @param detail what the service adds, e.g. how many decisions; never personal data
	 * @throws ProblemException 503 when the read cannot be logged: it must then not be
	 * answered
	 */
	public void record(Requester who, String kind, String decisionId, String detail) {
		insert(who, kind, true, decisionId, null, null, detail);
	}

	/** Logs a search with its purpose and the keyed hash of the NIK searched for. */
	void search(Requester who, Purpose purpose, String subjectHash, String detail) {
		insert(who, SEARCH, true, null, subjectHash, purpose.text(), detail);
	}

	/**
	 * Logs a read that was refused. Best effort: the refusal is answered even if the log
	 * is down, since nothing is disclosed.
	 */
	void denied(Requester who, String kind, String decisionId) {
		try {
			insert(who, kind, false, decisionId, null, null, "another caller's decision");
		}
		catch (AccessLogUnavailableException ex) {
			log.warn("A refused {} of decision {} by {} could not be logged", kind, decisionId, who.label());
		}
	}

	/** A page of the access log, newest first. */
	public Page page(int page, int size) {
		return this.health.reading(() -> {
			long total = this.jdbc.sql("SELECT COUNT(*) FROM access_log").query(Long.class).single();
			List<Entry> entries = this.jdbc.sql("""
					SELECT * FROM access_log ORDER BY accessed_at DESC, id DESC
					OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
					""").param("offset", (long) page * size).param("size", size).query(AccessLog::entry).list();
			return new Page(page, size, total, entries);
		});
	}

	/** Deletes what was logged before {@code cutoff}; answers how many entries went. */
	int deleteAccessedBefore(OffsetDateTime cutoff) {
		return this.jdbc.sql("DELETE FROM access_log WHERE accessed_at < :cutoff")
			.param("cutoff", cutoff.withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	private void insert(Requester who, String kind, boolean granted, String decisionId, String subjectHash,
			String purpose, String detail) {
		if (!this.health.writable()) {
			throw new AccessLogUnavailableException();
		}
		try {
			this.jdbc.sql("""
					INSERT INTO access_log (accessed_at, accessor, accessor_role, access_kind, granted, decision_id,
					    subject_hash, purpose, detail)
					VALUES (:at, :accessor, :role, :kind, :granted, :decisionId, :subjectHash, :purpose, :detail)
					""")
				.param("at",
						OffsetDateTime.now(this.clock)
							.withOffsetSameInstant(ZoneOffset.UTC)
							.truncatedTo(ChronoUnit.MICROS))
				.param("accessor", who.label())
				.param("role", who.role())
				.param("kind", kind)
				.param("granted", granted)
				.param("decisionId", decisionId)
				.param("subjectHash", subjectHash)
				.param("purpose", purpose)
				.param("detail", detail)
				.update();
		}
		catch (DataAccessException ex) {
			log.error("A {} by {} could not be written to the access log ({}); it was not answered", kind, who.label(),
					ex.getMostSpecificCause().getClass().getName());
			this.health.failed(ex);
			throw new AccessLogUnavailableException();
		}
	}

	private static Entry entry(ResultSet rs, int rowNum) throws SQLException {
		return new Entry(rs.getLong("id"),
				rs.getObject("accessed_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
				rs.getString("accessor"), rs.getString("accessor_role"), rs.getString("access_kind"),
				rs.getBoolean("granted"), rs.getString("decision_id"), rs.getString("subject_hash"),
				rs.getString("purpose"), rs.getString("detail"));
	}

	/** One page of entries and how many there are in all. */
	public record Page(int page, int size, long total, List<Entry> entries) {
	}

	/**
	 * One read of the log.
	 *
	 * @param accessor the key's label
	 * @param role {@code caller}, {@code auditor} or {@code admin}
	 * @param kind {@code READ}, {@code SEARCH}, {@code REPLAY}, {@code NOTICE},
	 * {@code IMPACT}
	 * @param granted false for a refused read of another caller's decision
	 * @param subjectHash for a search, the keyed hash of the NIK searched for
	 * @param purpose for a search, the purpose given in {@code X-Purpose}
	 */
	public record Entry(long id, OffsetDateTime at, String accessor, String role, String kind, boolean granted,
			String decisionId, String subjectHash, String purpose, String detail) {
	}

	/** The access log cannot be written: the read is not answered. */
	static class AccessLogUnavailableException extends ProblemException {

		private static final long serialVersionUID = 1L;

		AccessLogUnavailableException() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "access-log-unavailable", "The access log is unavailable",
					"The read could not be logged, so it is not answered; try again.");
		}

	}

}
