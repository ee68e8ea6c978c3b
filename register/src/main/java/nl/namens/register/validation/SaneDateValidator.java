package nl.namens.register.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;

/** Validates {@link SaneDate} with {@link DateRule#problem}, "today" from the validation clock. */
public final class SaneDateValidator implements ConstraintValidator<SaneDate, LocalDate> {

  private DateRule rule;

  @Override
  public void initialize(SaneDate annotation) {
    rule = annotation.value();
  }

  @Override
  public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    Optional<String> problem = rule.problem(value, today);
    if (problem.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
    return false;
  }
}
