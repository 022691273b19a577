package id.imigrasi.decisions.engine.internal.properties;

import java.util.List;

/**
 * One search of a property on one service: a clause of an implication, one pair of values
 * of a varied fact, one indicator added from one value. Says what it found in words.
 *
 * @param spec the property
 * @param clause the implication's clause, or null
 * @param variation the counterfactual's variation, or null
 * @param indicator the monotone property's indicator, or null
 * @param varied the dimension the two worlds differ in, or -1
 * @param values the varied dimension's value in each world
 */
record Unit(PropertySpec spec, PropertySpec.Clause clause, PropertySpec.Variation variation,
		PropertySpec.Indicator indicator, int varied, List<Object> values) {

	boolean isPair() {
		return this.varied >= 0;
	}

}
