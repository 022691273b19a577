package id.imigrasi.decisions.engine.internal.properties;

import java.util.List;

import id.imigrasi.decisions.engine.internal.facts.FactCatalog;

/**
 * One dimension of the case space: a fact the tables or a property read, or whether a
 * collection holds one element ({@code documents:KTP}, {@code routeCountries:KH}). Its
 * values are one of each class the conditions tell apart: every constant a cell names and
 * one more, both yes/no values, "not given" where a request may leave it out, and a whole
 * number on each side of every threshold.
 *
 * @param name the fact's property name ({@code age}) or {@code collection:element}
 * @param property the fact read, or for a membership the collection
 * @param element for a membership, the element; otherwise null
 * @param values the candidate values, the baseline's first
 * @param baseline the value the baseline case has
 */
record Dim(int index, String name, FactCatalog.Property property, String element, List<Object> values,
		Object baseline) {

	boolean isMembership() {
		return this.element != null;
	}

	/**
	 * The fact's path as requests and explanations name it, e.g.
	 * {@code interview.jobOffer.sector}.
	 */
	String path() {
		return this.property.path().value();
	}

	/** {@code age=17}, {@code documents includes KTP}, {@code sex not given}. */
	String describe(Object value) {
		if (isMembership()) {
			return path() + (Boolean.TRUE.equals(value) ? " includes " : " excludes ") + this.element;
		}
		return path() + "=" + ((value != null) ? value : "(not given)");
	}

	/** The same in Bahasa Indonesia. */
	String describeId(Object value) {
		if (isMembership()) {
			return path() + (Boolean.TRUE.equals(value) ? " memuat " : " tanpa ") + this.element;
		}
		return path() + "=" + ((value != null) ? value : "(tidak diisi)");
	}

}
