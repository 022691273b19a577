package id.imigrasi.decisions.service.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetInfo;
import id.imigrasi.decisions.service.ruleset.ActivationCheck;
import id.imigrasi.decisions.service.ruleset.Upload;

/**
 * Keeps a criterion long past its review from going live unexplained (issue 15; EU ETIAS
 * Art. 7(2)(c) and 33, PNR Directive Art. 6: screening criteria are reviewed regularly):
 * an upload that would activate a row in force more than {@value #GRACE_DAYS} days past
 * its review-by date is refused, naming the row, unless the upload's comment names the
 * rule ID and says why; then the upload goes ahead with a warning and the reason is
 * logged. A row retired before today needs no review.
 */
@Component
class ReviewDateGate implements ActivationCheck {

	static final int GRACE_DAYS = 90;

	private static final Logger log = LoggerFactory.getLogger(ReviewDateGate.class);

	private final Clock clock;

	ReviewDateGate(Clock clock) {
		this.clock = clock;
	}

	@Override
	public List<Problem> check(Ruleset candidate, Upload upload, Map<String, byte[]> gatingPacks) {
		LocalDate today = LocalDate.now(this.clock);
		List<Problem> problems = new ArrayList<>();
		for (RulesetInfo.Row row : candidate.info().rows()) {
			if (row.reviewBy() == null || (row.validTo() != null && row.validTo().isBefore(today))) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(row.reviewBy(), today);
			if (days <= GRACE_DAYS) {
				continue;
			}
			boolean explained = names(upload.comment(), row.ruleId());
			if (explained) {
				log.info(
						"Ruleset {} by {} activates {} ({}) {} days past its review-by date {}; the upload's comment: {}",
						upload.version(), upload.by(), row.ruleId(), row.source(), days, row.reviewBy(),
						upload.comment());
			}
			problems.add(problem(row, days, explained));
		}
		return problems;
	}

	/**
	 * The comment names the rule ID as a word of its own ({@code DC-012}, not
	 * {@code DC-0123}).
	 */
	static boolean names(String comment, String ruleId) {
		return comment != null && Pattern
			.compile("(?<![A-Za-z0-9-])" + Pattern.quote(ruleId) + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE)
			.matcher(comment)
			.find();
	}

	private static Problem problem(RulesetInfo.Row row, long days, boolean explained) {
		String[] at = row.source().split("!", 3);
		String past = "Rule " + row.ruleId() + " (" + row.source() + ") is " + days + " days past its review-by date "
				+ row.reviewBy() + ((row.owner() != null) ? " (owner: " + row.owner() + ")" : "");
		String pastId = "Aturan " + row.ruleId() + " (" + row.source() + ") lewat " + days
				+ " hari dari tanggal tinjaunya " + row.reviewBy()
				+ ((row.owner() != null) ? " (pemilik: " + row.owner() + ")" : "");
		if (explained) {
			return new Problem(Problem.Severity.WARNING, ProblemCode.REVIEW_OVERDUE, at[0],
					(at.length > 1) ? at[1] : null, (at.length > 2) ? at[2] : null,
					past + "; activated because the upload's comment names it. Review it and set a new date.",
					pastId + "; diaktifkan karena komentar unggahan menyebutnya. Tinjau dan isi tanggal baru.");
		}
		return new Problem(Problem.Severity.ERROR, ProblemCode.REVIEW_OVERDUE, at[0], (at.length > 1) ? at[1] : null,
				(at.length > 2) ? at[2] : null,
				past + ", more than " + GRACE_DAYS + " days. Review it and set a new review-by date, or say in the "
						+ "upload's comment why it goes live unreviewed, naming " + row.ruleId() + ".",
				pastId + ", lebih dari " + GRACE_DAYS + " hari. Tinjau dan isi tanggal tinjau baru, atau jelaskan "
						+ "di komentar unggahan mengapa diaktifkan tanpa ditinjau, dengan menyebut " + row.ruleId()
						+ ".");
	}

}
