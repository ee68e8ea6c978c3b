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
 * A {@link java.time.LocalDate} within the register's range for its kind ({@link DateRule}): a year of four
 * digits, not before 1900-01-01, and for {@link DateRule#BIRTH} and {@link DateRule#DECISION} not after
 * today. "Today" is the register's clock (the Bean Validation {@code ClockProvider} is the register's one
 * {@code Clock}). The violation names what is wrong ({@link DateRule#FOUR_DIGIT_YEAR}, {@link
 * DateRule#TOO_EARLY}, {@link DateRule#IN_THE_FUTURE}). {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = SaneDateValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SaneDate {

  /** Which dates: a birth date, a decision date, or a day of a validity period. */
  DateRule value();

  String message() default "must be a date from 1900-01-01 to 9999-12-31";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
