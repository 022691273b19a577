package id.imigrasi.decisions.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a property that decision-table conditions may read, as the explanation shows it:
 * the JSON path of the request field, or the name of a fact derived from request fields
 * at the legal date.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FactPath {

	/**
	 * JSON path in the request ({@code interview.intendsToWork}) or the derived fact's
	 * name.
	 */
	String value();

	/** For a derived fact: the request fields it is computed from. */
	String[] derivedFrom() default {};

	/**
	 * The fact's name in Bahasa Indonesia, for messages policy staff read ({@code umur});
	 * empty: the path is shown.
	 */
	String labelId() default "";

	/**
	 * True for sex, age, domicile region, religion and occupation (SPEC 2.5) and the
	 * passenger-analysis flag (SPEC 3): they may raise triage but may never be the only
	 * grounds of a restrictive outcome.
	 */
	boolean triageOnly() default false;

}
