package id.imigrasi.decisions.engine.internal.tables;

import java.util.List;
import java.util.Optional;

/**
 * The declared rule workbooks of a ruleset, one declaration per table. A set must hold
 * exactly these rule workbooks (and {@code lists.xlsx}); each is checked against its
 * declaration before Drools sees it.
 */
public final class TableLayouts {

	/** Every declared table, in the order of their files. */
	public static final List<TableLayout> ALL = List.of(DepartureTableLayout.LAYOUT,
			PassportApplicationTableLayout.LAYOUT, ReferralTableLayout.LAYOUT);

	private TableLayouts() {
	}

	/**
	 * Declarations a test reshaping the tables on purpose stands in, on its own thread
	 * and the threads it starts (a compile runs on a thread of its own, CompileDeadline).
	 */
	private static final ThreadLocal<List<TableLayout>> DECLARED = new InheritableThreadLocal<>();

	/** The declaration of a rule workbook, by file name. */
	public static Optional<TableLayout> forFile(String file) {
		return declared().stream().filter((layout) -> layout.file().equals(file)).findFirst();
	}

	/** The declared file names, for messages. */
	public static List<String> files() {
		return declared().stream().map(TableLayout::file).toList();
	}

	private static List<TableLayout> declared() {
		List<TableLayout> declared = DECLARED.get();
		return (declared != null) ? declared : ALL;
	}

	/**
	 * For tests only: the given declarations stand for {@link #ALL} on this thread (and
	 * threads it starts, such as a compile under its deadline) until the result is
	 * closed, as if the engineers had edited them (a test proving that a column added to
	 * a workbook and to its declaration changes no decision). Nothing in the product
	 * calls it; an upload can never reach it.
	 */
	public static AutoCloseable declareForTest(List<TableLayout> layouts) {
		DECLARED.set(List.copyOf(layouts));
		return DECLARED::remove;
	}

}
