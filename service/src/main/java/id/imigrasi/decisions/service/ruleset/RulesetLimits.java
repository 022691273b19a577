package id.imigrasi.decisions.service.ruleset;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import id.imigrasi.decisions.engine.WorkbookLimits;

/**
 * How large an uploaded set of workbooks may be, and how long it may take to compile
 * (properties {@code decisions.rulesets.max-*}, README "Limits"); unset, the engine's
 * defaults. Checked on every upload before anything builds the workbooks and before the
 * lifecycle's lock, and on every compile of a kept version.
 *
 * @param maxSheets sheets per workbook (default 10)
 * @param maxRowsPerSheet rows per sheet (default 2,000)
 * @param maxCells cells of the whole set (default 200,000)
 * @param maxUncompressedSize bytes the whole set inflates to (default 20MB)
 * @param maxCompileTime how long a compile may take (default 60s)
 */
@ConfigurationProperties("decisions.rulesets")
record RulesetLimits(Integer maxSheets, Integer maxRowsPerSheet, Long maxCells, DataSize maxUncompressedSize,
		Duration maxCompileTime) {

	WorkbookLimits workbookLimits() {
		WorkbookLimits defaults = WorkbookLimits.defaults();
		return new WorkbookLimits((this.maxSheets != null) ? this.maxSheets : defaults.sheets(),
				(this.maxRowsPerSheet != null) ? this.maxRowsPerSheet : defaults.rowsPerSheet(),
				(this.maxCells != null) ? this.maxCells : defaults.cells(),
				(this.maxUncompressedSize != null) ? this.maxUncompressedSize.toBytes() : defaults.uncompressedBytes(),
				(this.maxCompileTime != null) ? this.maxCompileTime : defaults.compileTime());
	}

}
