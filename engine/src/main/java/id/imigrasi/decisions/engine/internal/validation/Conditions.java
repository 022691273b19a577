package id.imigrasi.decisions.engine.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;
import id.imigrasi.decisions.engine.internal.tables.RuleColumn;
import id.imigrasi.decisions.engine.internal.tables.RuleRow;
import id.imigrasi.decisions.model.RowMatch;

/**
 * A row's filled-in condition cells as the {@link Expr} model Drools will evaluate: each
 * cell put into its column's template ({@link ColumnTemplate}) and parsed
 * ({@link ConditionParser}). Shared by the table analysis and the property checker.
 */
public final class Conditions {

	private Conditions() {
	}

	/**
	 * The conditions of a row, one per filled-in cell.
	 * @throws IllegalArgumentException when a cell's template is of a shape the model
	 * does not know (the caller says it cannot analyse the row rather than guess)
	 */
	public static List<Expr> of(RuleRow row) {
		List<Expr> conditions = new ArrayList<>();
		for (RuleColumn column : row.table().conditionColumns()) {
			String value = row.cell(column);
			if (value != null) {
				conditions.add(parse(column, value));
			}
		}
		return conditions;
	}

	/** The fact type a condition column reads, e.g. {@code DepartureFacts}. */
	public static Class<?> factType(RuleColumn column) {
		return FactCatalog.factType(column.patternType());
	}

	/** The condition one cell becomes. */
	public static Expr parse(RuleColumn column, String value) {
		Class<?> type = FactCatalog.factType(column.patternType());
		if (type == null) {
			throw new IllegalArgumentException("unknown fact type " + column.patternType());
		}
		Map<String, FactCatalog.Property> properties = FactCatalog.properties(type);
		Expr condition = ConditionParser.parse(ColumnTemplate.render(column.code(), value), properties,
				type == RowMatch.class);
		Set<String> read = new TreeSet<>();
		condition.dimensions(read);
		for (String dimension : read) {
			FactCatalog.Property property = properties.get(dimension);
			if (property != null && !CaseSpace.enumerable(property)) {
				throw new IllegalArgumentException("the values of " + dimension + " (" + property.type().getSimpleName()
						+ ") cannot be enumerated");
			}
		}
		return condition;
	}

}
