package id.imigrasi.decisions.engine.internal.tables;

/**
 * One column of a rule table as the engineers fixed it: its Drools kind
 * ({@code CONDITION}, {@code ACTION}, {@code METADATA}), the fact pattern it reads (null
 * for actions and metadata), the code template, the bilingual caption, and the type of
 * the values policy staff write below it.
 */
public record ColumnLayout(String kind, String pattern, String code, String caption, CellType type) {

	public boolean isCondition() {
		return "CONDITION".equals(this.kind);
	}

}
