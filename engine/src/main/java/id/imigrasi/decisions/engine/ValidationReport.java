package id.imigrasi.decisions.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Every problem found in one run, in the order given (the validator puts errors first,
 * then workbook order), with a text rendering for people and a JSON one for tools.
 */
public final class ValidationReport {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final List<Problem> problems;

	private final List<String> notes;

	public ValidationReport(List<Problem> problems, List<String> notes) {
		this.problems = List.copyOf(problems);
		this.notes = List.copyOf(notes);
	}

	/** The same report with a note added, e.g. that coverage was skipped. */
	public ValidationReport withNote(String note) {
		List<String> more = new ArrayList<>(this.notes);
		more.add(note);
		return new ValidationReport(this.problems, more);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * What the run did not check and why, e.g. coverage skipped for want of scenarios.
	 */
	public List<String> notes() {
		return this.notes;
	}

	public List<Problem> errors() {
		return this.problems.stream().filter(Problem::isError).toList();
	}

	public List<Problem> warnings() {
		return this.problems.stream().filter((p) -> !p.isError()).toList();
	}

	public boolean hasErrors() {
		return this.problems.stream().anyMatch(Problem::isError);
	}

	/**
	 * One problem per paragraph: where, how bad, what, then the Bahasa Indonesia
	 * sentence; a count at the end.
	 */
	public String toText() {
		StringBuilder text = new StringBuilder();
		for (Problem problem : this.problems) {
			text.append(problem.toParagraph());
		}
		for (String note : this.notes) {
			text.append("Note: ").append(note).append('\n');
		}
		text.append(errors().size())
			.append(" error(s), ")
			.append(warnings().size())
			.append(" warning(s)")
			.append(hasErrors() ? ": fix the errors before publishing." : ".")
			.append('\n');
		return text.toString();
	}

	public String toJson() {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("valid", !hasErrors());
		root.put("errors", errors().size());
		root.put("warnings", warnings().size());
		List<Map<String, Object>> list = new ArrayList<>();
		for (Problem p : this.problems) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("severity", p.severity().name());
			item.put("code", p.code().name());
			item.put("location", p.location());
			item.put("file", p.file());
			item.put("sheet", p.sheet());
			item.put("cell", p.cell());
			item.put("message", p.message());
			item.put("messageId", p.messageId());
			list.add(item);
		}
		root.put("problems", list);
		root.put("notes", this.notes);
		try {
			return JSON.writeValueAsString(root);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return toText();
	}

}
