package nl.namens.register.admin;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The mandate's fields fit together: the representative is not the principal (no self-mandate), and
 * {@code validUntil} is not before {@code validFrom}.
 */
@Documented
@Constraint(validatedBy = ConsistentMandateValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ConsistentMandate {

  String message() default "is not a consistent mandate";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
