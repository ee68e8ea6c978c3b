package nl.namens.register.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ViolationCodes;

/** Validates {@link SaneDate} with {@link DateRule#check}, "today" from the validation clock. */
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
    Optional<ProblemCode> problem = rule.check(value, today);
    if (problem.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    ViolationCodes.name(context, problem.get());
    context.buildConstraintViolationWithTemplate(problem.get().text()).addConstraintViolation();
    return false;
  }
}
