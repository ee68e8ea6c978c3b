package nl.namens.register.problem;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** For validators: names the code of the violation they are about to report (see {@link Violations}). */
public final class ViolationCodes {

  private ViolationCodes() {}

  /** The violations this validator builds next are {@code code}. */
  public static void name(ConstraintValidatorContext context, ProblemCode code) {
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code);
  }
}
