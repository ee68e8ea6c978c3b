package nl.namens.register.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Plain display text: no control characters (line breaks included) and no {@code <} or {@code >}, so a name
 * can be shown on a login page or written to a log without markup or line injection. {@code null} is valid
 * (combine with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SafeText {

  String message() default "must be plain text: no control characters, no < or >";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
