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

	/** The declaration of a rule workbook, by file name. */
	public static Optional<TableLayout> forFile(String file) {
		return ALL.stream().filter((layout) -> layout.file().equals(file)).findFirst();
	}

	/** The declared file names, for messages. */
	public static List<String> files() {
		return ALL.stream().map(TableLayout::file).toList();
	}

}
