package id.imigrasi.decisions.engine.internal.validation;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import id.imigrasi.decisions.engine.InsertedRowAndColumn;
import id.imigrasi.decisions.engine.internal.tables.TableLayouts;

/**
 * Every fault of {@link WorkbookValidatorTest}, planted in copies of the workbooks that
 * have gained a row and a column ({@link InsertedRowAndColumn}): each is reported at its
 * moved cell with the same message, since the tests find cells by rule ID and caption.
 */
class InsertedRowAndColumnValidatorTest extends WorkbookValidatorTest {

	private AutoCloseable declared;

	/** The inserted column, declared as the tables engineer would declare it. */
	@BeforeEach
	void declareTheInsertedColumn() {
		this.declared = TableLayouts.declareForTest(InsertedRowAndColumn.layouts());
	}

	@AfterEach
	void forgetIt() throws Exception {
		this.declared.close();
	}

	@Override
	Map<String, byte[]> base() {
		return InsertedRowAndColumn.workbooks();
	}

}
