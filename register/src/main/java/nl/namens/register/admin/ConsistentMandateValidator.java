package nl.namens.register.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ViolationCodes;

/** Validates {@link ConsistentMandate}. */
public final class ConsistentMandateValidator
    implements ConstraintValidator<ConsistentMandate, NewMandate> {

  static final String SELF_MANDATE = "must not be the principal (a party cannot mandate itself)";
  static final String PERIOD_REVERSED = ProblemCode.PERIOD_REVERSED.text();

  @Override
  public boolean isValid(NewMandate mandate, ConstraintValidatorContext context) {
    if (mandate == null) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    if (mandate.principal() != null
        && mandate.representative() != null
        && mandate.principal().sameParty(mandate.representative())) {
      ViolationCodes.name(context, ProblemCode.SELF_MANDATE);
      context
          .buildConstraintViolationWithTemplate(SELF_MANDATE)
          .addPropertyNode("representative")
          .addConstraintViolation();
      valid = false;
    }
    if (mandate.validFrom() != null
        && mandate.validUntil() != null
        && mandate.validUntil().isBefore(mandate.validFrom())) {
      ViolationCodes.name(context, ProblemCode.PERIOD_REVERSED);
      context
          .buildConstraintViolationWithTemplate(PERIOD_REVERSED)
          .addPropertyNode("validUntil")
          .addConstraintViolation();
      valid = false;
    }
    return valid;
  }
}
