package id.imigrasi.decisions.service.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.Decision;
import id.imigrasi.decisions.model.request.DecisionService;
import id.imigrasi.decisions.service.audit.DecisionLog;
import id.imigrasi.decisions.service.contract.ReadResult;
import id.imigrasi.decisions.service.contract.RequestReader;
import id.imigrasi.decisions.service.ruleset.ActiveRuleset;
import id.imigrasi.decisions.service.system.InputProblem;
import id.imigrasi.decisions.service.system.ProblemException;
import id.imigrasi.decisions.service.system.ProblemResponses;

/**
 * One line of a manifest, handled as the single call handles its body: read strictly,
 * evaluated, counted, logged under the same caller, answered with the JSON the log
 * stored; or answered with the problem the single call would give, numbered with its
 * line. In two steps, because {@link BatchScreening} runs them on different threads:
 * {@link #evaluate} is CPU only, {@link #record} waits for the log's commit.
 */
@Component
class LineScreening {

	private static final Logger log = LoggerFactory.getLogger(LineScreening.class);

	private final RequestReader reader;

	private final ObjectMapper json;

	private final ActiveRuleset active;

	private final DecisionMetrics metrics;

	private final DecisionLog decisionLog;

	private final ProblemResponses problems;

	LineScreening(Clock clock, ObjectMapper json, ActiveRuleset active, DecisionMetrics metrics,
			DecisionLog decisionLog, ProblemResponses problems) {
		this.reader = new RequestReader(clock);
		this.json = json;
		this.active = active;
		this.metrics = metrics;
		this.decisionLog = decisionLog;
		this.problems = problems;
	}

	/** One NDJSON answer line, without its line break. */
	record Answer(byte[] json, boolean decision) {
	}

	/**
	 * A line read and evaluated: the decision still to be logged, or already its answer.
	 */
	record Evaluated(int line, ReadResult request, Decision decision, Duration evaluation, Answer answer) {

		static Evaluated answered(Answer answer) {
			return new Evaluated(0, null, null, null, answer);
		}

	}

	/** Reads and evaluates one line; a line without a decision is answered at once. */
	Evaluated evaluate(DecisionService service, ManifestSpool.Line line, int maxLineBytes, String instance) {
		if (line.tooLong()) {
			return Evaluated.answered(
					problemLine(line.number(), this.problems.of(BatchTooLargeException.line(maxLineBytes), instance)));
		}
		JsonNode body = null;
		if (!blank(line.bytes())) {
			try {
				body = this.json.readTree(line.bytes());
			}
			catch (JsonProcessingException ex) {
				// Worded as the single call words it (ProblemHandling): the position
				// only,
				// since a parser's message may quote the input.
				if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0
						&& !ex.getOriginalMessage().startsWith("No content")) {
					return Evaluated.answered(
							malformed(line.number(), "is not well-formed JSON (line " + ex.getLocation().getLineNr()
									+ ", column " + ex.getLocation().getColumnNr() + ")", instance));
				}
			}
			catch (IOException ex) {
				// not JSON at all: answered below as an empty body is
			}
		}
		if (body == null || body.isMissingNode()) {
			return Evaluated.answered(malformed(line.number(), "a JSON body is required", instance));
		}
		ReadResult request = this.reader.read(service, body);
		if (!request.valid()) {
			return Evaluated.answered(problemLine(line.number(),
					this.problems.invalidRequest("invalid-request", request.problems(), instance)));
		}
		long start = System.nanoTime();
		Decision decision = request.evaluate(this.active.engine());
		Duration evaluation = Duration.ofNanos(System.nanoTime() - start);
		this.metrics.decided(decision, evaluation);
		return new Evaluated(line.number(), request, decision, evaluation, null);
	}

	/**
	 * Logs the decision and answers with the JSON stored; returns once it is committed.
	 */
	Answer record(Evaluated evaluated, Principal caller, String instance) {
		try {
			String stored = this.decisionLog.record(evaluated.request(), evaluated.decision(), evaluated.evaluation(),
					caller);
			return new Answer(stored.getBytes(StandardCharsets.UTF_8), true);
		}
		catch (ProblemException ex) {
			// Made but not kept, so not answered (503 for a single call): the line says
			// so, the batch goes on.
			return problemLine(evaluated.line(), this.problems.of(ex, instance));
		}
	}

	/** A failure nobody foresaw, on one line: that line's 500, the batch goes on. */
	Answer unexpected(int line, Throwable failure, String instance) {
		Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
		// The type and the stack, not the message: messages of parsing libraries can
		// quote input.
		Throwable scrubbed = new IllegalStateException(cause.getClass().getName());
		scrubbed.setStackTrace(cause.getStackTrace());
		log.error("Unexpected failure on line {} of a batch on {}", line, instance, scrubbed);
		return problemLine(line, this.problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Internal error", "The line could not be processed; no decision was made.", instance));
	}

	private Answer malformed(int line, String message, String instance) {
		return problemLine(line,
				this.problems.invalidRequest("malformed-json", List.of(new InputProblem("$", message)), instance));
	}

	private Answer problemLine(int line, ProblemDetail problem) {
		try {
			return new Answer(this.json.writeValueAsBytes(LineProblem.of(line, problem)), false);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A problem could not be written as JSON", ex);
		}
	}

	private static boolean blank(byte[] line) {
		for (byte b : line) {
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

}
