package id.imigrasi.decisions.service.impact;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.DecisionEngine;
import id.imigrasi.decisions.service.audit.AccessLog;
import id.imigrasi.decisions.service.audit.StoredFacts;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.ruleset.Assessment;
import id.imigrasi.decisions.service.ruleset.Upload;
import id.imigrasi.decisions.service.ruleset.UploadImpact;
import id.imigrasi.decisions.service.scenario.ScenarioRun;
import id.imigrasi.decisions.service.scenario.ScenarioRunner;
import id.imigrasi.decisions.service.system.ApiKeys;
import id.imigrasi.decisions.service.system.Requester;

/**
 * Makes the impact report of a candidate the lifecycle has assessed: the logged decisions
 * of the period evaluated again on every core, the scenario packs that gated it run on it
 * for their counts, the property results and the gate's verdict as the assessment found
 * them. Every run is written to the access log (kind {@code IMPACT}: who, when, how many
 * decisions read) before it is answered. One run at a time: a run takes every core.
 */
@Component
class CandidateImpact implements UploadImpact {

	static final int DEFAULT_DAYS = 90;

	/** Ten years: longer than any retention the log is kept for. */
	static final int MAX_DAYS = 3660;

	private static final Logger log = LoggerFactory.getLogger(CandidateImpact.class);

	private final DataSource dataSource;

	private final StoredFacts facts;

	private final AccessLog accessLog;

	private final ActiveRuleset active;

	private final Clock clock;

	private final Semaphore oneAtATime = new Semaphore(1, true);

	CandidateImpact(DataSource dataSource, StoredFacts facts, AccessLog accessLog, ActiveRuleset active, Clock clock) {
		this.dataSource = dataSource;
		this.facts = facts;
		this.accessLog = accessLog;
		this.active = active;
		this.clock = clock;
	}

	/**
	 * The report every upload answers with, over the default period, read with the
	 * uploading admin's rights. A log that cannot be read does not stop the upload: the
	 * report then says why it is missing.
	 */
	@Override
	public Object of(Assessment assessment, Upload upload) {
		try {
			return report(assessment, new Requester(upload.by(), EnumSet.of(ApiKeys.Role.ADMIN)), DEFAULT_DAYS);
		}
		catch (RuntimeException ex) {
			log.error("The impact of ruleset {} could not be made ({})", upload.version(), ex.getClass().getName());
			return new Missing(false, "The decision log could not be read or the read could not be logged; the "
					+ "upload was decided without the impact report.");
		}
	}

	/** The report answered instead when the log could not be read during an upload. */
	record Missing(boolean computed, String reason) {
	}

	/**
	 * @param days the decisions decided in the last {@code days} days are read
	 * @throws LogUnreadableException 503 when the log cannot be read
	 */
	ImpactReport report(Assessment assessment, Requester who, int days) {
		Instant to = this.clock.instant();
		Instant from = to.minus(Duration.ofDays(days));
		this.oneAtATime.acquireUninterruptibly();
		LogImpact run;
		try (Connection connection = this.dataSource.getConnection()) {
			run = new Reevaluation(assessment.candidate(), this.facts, Reevaluation.cores()).run(connection, from);
		}
		catch (SQLException ex) {
			log.error("The decision log could not be read for an impact report ({})", ex.getClass().getName());
			throw new LogUnreadableException();
		}
		finally {
			this.oneAtATime.release();
		}
		ScenarioRun scenarios = new ScenarioRunner(new DecisionEngine(assessment.candidate())).runAll("impact",
				assessment.gatingPacks());
		ImpactReport report = ImpactReport.of(assessment.candidate().info(),
				this.active.engine().ruleset().info().version(), new ImpactReport.Period(days, from, to), run,
				scenarios, assessment.gatingPacks().size(), assessment.properties(), assessment);
		this.accessLog.record(who, AccessLog.IMPACT, null, detail(report));
		log.info("Impact of ruleset {} for {}: {} decisions read, {} changed, {} unreadable, in {} s",
				report.candidate().version(), who.label(), report.totals().read(), report.totals().changed(),
				report.totals().unreadable(), report.timing().seconds());
		return report;
	}

	/**
	 * The access log's detail: which candidate, which period, how many decisions read.
	 */
	static String detail(ImpactReport report) {
		String text = "candidate " + report.candidate().version() + ", last " + report.period().days() + " days: "
				+ report.totals().read() + " decision(s) read";
		return (text.length() <= 200) ? text : text.substring(0, 200);
	}

}
