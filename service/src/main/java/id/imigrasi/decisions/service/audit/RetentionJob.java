package id.imigrasi.decisions.service.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges decisions (with their outcomes) and access-log entries older than the retention
 * period (property {@code decisions.retention}, e.g. {@code P5Y}): personal data is kept
 * no longer than its purpose needs (UU 27/2022). The criteria counts hold none and stay.
 * The legal retention period for deferral records is still open (legal-criteria.md, open
 * question 9); the default of five years is a setting to be fixed with the data
 * protection officer, not a legal finding. After each purge the H2 file is compacted so
 * that no copy of a purged row stays in it ({@link LogFileUpkeep#afterPurge()}).
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final DecisionRepository repository;

	private final AccessLog accessLog;

	private final Clock clock;

	private final Period retention;

	private final LogFileUpkeep upkeep;

	RetentionJob(DecisionRepository repository, AccessLog accessLog, Clock clock,
			@Value("${decisions.retention:P5Y}") String retention, LogFileUpkeep upkeep) {
		this.repository = repository;
		this.upkeep = upkeep;
		this.accessLog = accessLog;
		this.clock = clock;
		this.retention = parse(retention);
	}

	/** Every night by default ({@code decisions.retention-cron}), Jakarta time. */
	@Scheduled(cron = "${decisions.retention-cron:0 30 2 * * *}", zone = "Asia/Jakarta")
	int purge() {
		OffsetDateTime cutoff = OffsetDateTime.now(this.clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.minus(this.retention);
		int purged = this.repository.deleteDecidedBefore(cutoff);
		int reads = this.accessLog.deleteAccessedBefore(cutoff);
		log.info("Decision log retention {}: purged {} decision(s) decided and {} access-log entries logged before {}",
				this.retention, purged, reads, cutoff);
		// A deleted row is gone from the tables, not yet from the file (issue 20).
		this.upkeep.afterPurge();
		return purged;
	}

	private static Period parse(String retention) {
		try {
			Period period = Period.parse(retention.strip());
			if (period.isNegative() || period.isZero()) {
				throw new IllegalStateException("decisions.retention must be a positive period such as P5Y");
			}
			return period;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("decisions.retention must be an ISO-8601 period such as P5Y", ex);
		}
	}

}
