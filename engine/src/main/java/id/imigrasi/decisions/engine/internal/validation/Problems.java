package id.imigrasi.decisions.engine.internal.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;
import id.imigrasi.decisions.engine.internal.tables.CellRef;

/** Collects problems as the checks find them, once per code and cell. */
final class Problems {

	private final List<Problem> list = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	void error(ProblemCode code, CellRef where, String message, String messageId) {
		add(Problem.Severity.ERROR, code, where, message, messageId);
	}

	void warning(ProblemCode code, CellRef where, String message, String messageId) {
		add(Problem.Severity.WARNING, code, where, message, messageId);
	}

	void add(Problem.Severity severity, ProblemCode code, CellRef where, String message, String messageId) {
		if (this.seen.add(code + "|" + where + "|" + message)) {
			this.list.add(new Problem(severity, code, where.file(), where.sheet(), where.cell(), message, messageId));
		}
	}

	/**
	 * Whether an error is already reported at this cell, so a later check need not repeat
	 * it.
	 */
	boolean hasErrorAt(CellRef where) {
		String location = where.toString();
		return this.list.stream().anyMatch((p) -> p.isError() && p.location().equals(location));
	}

	/** Whether an error of this code is reported at this cell. */
	boolean hasErrorAt(CellRef where, ProblemCode code) {
		String location = where.toString();
		return this.list.stream().anyMatch((p) -> p.isError() && p.code() == code && p.location().equals(location));
	}

	int errorCount() {
		return (int) this.list.stream().filter(Problem::isError).count();
	}

	List<Problem> all() {
		return this.list;
	}

}
