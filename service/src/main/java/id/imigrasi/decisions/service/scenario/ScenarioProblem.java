package id.imigrasi.decisions.service.scenario;

import java.nio.file.Path;

/**
 * Something wrong with a scenario file, where a trainer can find it. A scenario with a
 * problem is not run; the other scenarios still are.
 *
 * @param line 1-based line in the file, 0 when the file could not be read at all
 */
public record ScenarioProblem(Path file, int line, String message) {

	@Override
	public String toString() {
		return this.file + ((this.line > 0) ? ":" + this.line : "") + ": " + this.message;
	}

}
