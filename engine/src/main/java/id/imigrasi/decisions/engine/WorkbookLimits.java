package id.imigrasi.decisions.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How large a set of workbooks may be before anything builds it in memory: a workbook of
 * 2.3 million empty cells once took 74 s and 4.4 GB to read, and one of 25 million cells
 * 6 minutes and 6.4 GB to go live (issue 20). The check reads the zip entries as a stream
 * and counts the sheets, rows and cells of the sheet XML without building a workbook, so
 * a bomb costs a pass over bytes that stop at the limit. Every compile and validation
 * checks it first; an upload checks it before anything else.
 *
 * @param sheets the most sheets one workbook may have
 * @param rowsPerSheet the most rows one sheet may have (counted, and by row number)
 * @param cells the most cells the whole set may have
 * @param uncompressedBytes the most bytes the whole set may inflate to
 * @param compileTime the longest a compile may take before it is given up
 */
public record WorkbookLimits(int sheets, int rowsPerSheet, long cells, long uncompressedBytes, Duration compileTime) {

	/**
	 * The most a workbook's zip entries may inflate to, as a multiple of the workbook's
	 * size, once they pass {@link #RATIO_FLOOR} bytes: sheet XML compresses about 5 to 20
	 * times, a zip bomb thousands of times.
	 */
	public static final int MAX_INFLATE_RATIO = 100;

	/** Below this many inflated bytes the ratio is not checked. */
	public static final long RATIO_FLOOR = 1024 * 1024;

	/**
	 * Well above the committed tables (4 workbooks, at most 4 sheets and 35 rows each,
	 * about 2,500 cells and 150 KB inflated, compiled in seconds).
	 */
	public static WorkbookLimits defaults() {
		return new WorkbookLimits(10, 2_000, 200_000, 20L * 1024 * 1024, Duration.ofSeconds(60));
	}

	/**
	 * Every limit the set passes, each at the workbook (and sheet) that passes it; empty
	 * when the set is within them. A file that is not a zip is refused here too, before
	 * any reader tries it as something else.
	 */
	public List<Problem> check(Map<String, byte[]> workbooks) {
		return EngineServices.get().checkLimits(workbooks, this);
	}

}
