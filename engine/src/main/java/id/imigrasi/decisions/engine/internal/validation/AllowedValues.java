package id.imigrasi.decisions.engine.internal.validation;

import java.util.List;
import java.util.Set;

import id.imigrasi.decisions.engine.internal.tables.RuleColumn;

/**
 * What a rule-table column accepts, for tools other than the validator (the tidy
 * command's drop-downs): the same domains the validator checks cells against, so a
 * drop-down never offers a value validation would refuse.
 */
public final class AllowedValues {

	private AllowedValues() {
	}

	/**
	 * The values a condition column accepts, in a stable order; null when the column
	 * takes a whole number or a value the fact model does not enumerate.
	 */
	public static List<String> ofCondition(RuleColumn column, Set<String> listCodes, Set<String> ruleIds) {
		Domain domain = Domain.ofCondition(column, listCodes, ruleIds);
		return (domain != null && domain.allowed() != null) ? List.copyOf(domain.allowed()) : null;
	}

	/** Whether a condition column takes a whole number (an age threshold). */
	public static boolean isWholeNumber(RuleColumn column) {
		return Domain.ofCondition(column, Set.of(), Set.of()) == Domain.INTEGER;
	}

	/**
	 * The values of an enum by its simple name ({@code Outcome}), in declaration order.
	 */
	public static List<String> ofEnum(Class<?> type) {
		return List.copyOf(Domain.ofEnum(type).allowed());
	}

	/** The outcomes a rule table's rows may recommend (those of its service). */
	public static List<String> outcomes(id.imigrasi.decisions.engine.internal.tables.RuleTable table) {
		return List.copyOf(ValueCheck.outcomes(table).allowed());
	}

	/**
	 * Whether a cell of the column may list several values separated by commas (a
	 * {@code forall} template).
	 */
	public static boolean isList(RuleColumn column) {
		return ColumnTemplate.isForall(column.code());
	}

}
