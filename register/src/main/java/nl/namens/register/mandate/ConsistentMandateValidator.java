package nl.namens.register.mandate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentMandate}. */
public final class ConsistentMandateValidator
    implements ConstraintValidator<ConsistentMandate, NewMandate> {

  static final String SELF_MANDATE = "must not be the principal (a party cannot mandate itself)";
  static final String PERIOD_REVERSED = "must not be before validFrom";

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
      context
          .buildConstraintViolationWithTemplate(SELF_MANDATE)
          .addPropertyNode("representative")
          .addConstraintViolation();
      valid = false;
    }
    if (mandate.validFrom() != null
        && mandate.validUntil() != null
        && mandate.validUntil().isBefore(mandate.validFrom())) {
      context
          .buildConstraintViolationWithTemplate(PERIOD_REVERSED)
          .addPropertyNode("validUntil")
          .addConstraintViolation();
      valid = false;
    }
    return valid;
  }
}
