package id.imigrasi.decisions.service.ruleset;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer to an upload (201): the version as kept and activated, and what it changes
 * in the decisions already made ({@code impact}, when the impact feature is there).
 */
public record UploadAnswer(@JsonUnwrapped RulesetVersion version, Object impact) {
}
