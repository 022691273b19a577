package id.imigrasi.decisions.model.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text request field that must match a regular expression; the message says what it
 * must be.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
public @interface Pattern {

	String regex();

	/** What the value must be; an error never quotes the rejected value itself. */
	String message();

}
