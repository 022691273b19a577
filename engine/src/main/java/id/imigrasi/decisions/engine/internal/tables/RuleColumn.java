package id.imigrasi.decisions.engine.internal.tables;

/**
 * One column of a rule table, as the engineers wrote its header rows: the Drools column
 * kind, the fact pattern and code template, the bilingual caption, and for METADATA
 * columns the key ({@code outcome}, {@code reasonId}, ...).
 */
public record RuleColumn(int index, String letter, String kind, String pattern, String code, String caption,
		String metaKey) {

	public boolean isCondition() {
		return "CONDITION".equals(this.kind);
	}

	/** The rule-ID column: its action inserts the row's {@code RowMatch}. */
	public boolean isRuleId() {
		return "ACTION".equals(this.kind) && this.code != null && this.code.contains("RowMatch");
	}

	/** The simple name of the fact type the condition tests, without a binding. */
	public String patternType() {
		if (this.pattern == null) {
			return null;
		}
		String type = this.pattern.contains(":") ? this.pattern.substring(this.pattern.indexOf(':') + 1) : this.pattern;
		return type.trim();
	}

	/** The caption's first line, in Bahasa Indonesia. */
	public String captionId() {
		String[] lines = this.caption.split("\n");
		return lines[0].trim();
	}

	/** The caption's English line, or the whole caption if it has one line. */
	public String captionEn() {
		String[] lines = this.caption.split("\n");
		return lines[lines.length - 1].trim();
	}

}
