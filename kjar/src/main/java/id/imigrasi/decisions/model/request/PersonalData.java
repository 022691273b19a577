package id.imigrasi.decisions.model.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field, or a whole record, that holds personal data: an error about it never
 * quotes its value, whatever the value is (a name sent in the wrong field is still a
 * name).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER,
		ElementType.METHOD })
public @interface PersonalData {

}
