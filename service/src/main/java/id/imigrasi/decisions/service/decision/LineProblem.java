package id.imigrasi.decisions.service.decision;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ProblemDetail;

import id.imigrasi.decisions.service.system.InputProblem;

/**
 * The answer line of a batch line that got no decision: the problem a single call would
 * have answered for that body (RFC 9457 members, the same {@code errors}), and the number
 * of the line it answers. Like every problem, it never quotes a NIK or a name.
 *
 * @param line the line of the request body, from 1
 */
@Schema(name = "BatchLineProblem",
		description = "A batch line answered without a decision: its line number and the problem a single call "
				+ "would have answered")
record LineProblem(int line, URI type, String title, int status, String detail, URI instance,
		List<InputProblem> errors) {

	static LineProblem of(int line, ProblemDetail problem) {
		List<InputProblem> errors = (problem.getProperties() != null
				&& problem.getProperties().get("errors") instanceof List<?> list)
						? list.stream().filter(InputProblem.class::isInstance).map(InputProblem.class::cast).toList()
						: null;
		return new LineProblem(line, problem.getType(), problem.getTitle(), problem.getStatus(), problem.getDetail(),
				problem.getInstance(), errors);
	}

}
