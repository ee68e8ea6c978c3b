package nl.namens.register.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Bean Validation's violations as {@link Violation}s with a code: the code a validator attached (its dynamic
 * payload, see {@link #code}), else the code of the constraint's annotation. Never from the message text.
 */
public final class Violations {

  private Violations() {}

  /** Sorted by field, then message, without repeats. */
  public static List<Violation> of(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(Violations::of)
        .distinct()
        .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
        .toList();
  }

  static Violation of(ConstraintViolation<?> violation) {
    return new Violation(
        FieldPath.of(violation.getPropertyPath()), violation.getMessage(), code(violation), Map.of());
  }

  /**
   * The code of a violation. A validator that can fail in several ways names the way with {@code
   * HibernateConstraintValidatorContext.withDynamicPayload(ProblemCode)}.
   */
  static ProblemCode code(ConstraintViolation<?> violation) {
    if (violation instanceof HibernateConstraintViolation<?> hibernate) {
      ProblemCode named = hibernate.getDynamicPayload(ProblemCode.class);
      if (named != null) {
        return named;
      }
    }
    Class<? extends Annotation> constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class) {
      return ProblemCode.REQUIRED;
    }
    if (constraint == Size.class || constraint == Min.class || constraint == Max.class) {
      return ProblemCode.OUT_OF_RANGE;
    }
    if (constraint == Pattern.class) {
      return ProblemCode.NOT_ALLOWED;
    }
    return ProblemCode.INVALID_VALUE;
  }
}
