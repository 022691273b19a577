package id.imigrasi.decisions.service.ruleset;

import java.util.Map;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.RulesetException;

/**
 * Compiles a complete set of workbooks: {@link Ruleset#compile} unless a test plants a
 * failure (a replica that cannot compile a version must stay on the old one).
 */
@FunctionalInterface
public interface RulesetCompiler {

	Ruleset compile(String version, Map<String, byte[]> workbooks) throws RulesetException;

}
