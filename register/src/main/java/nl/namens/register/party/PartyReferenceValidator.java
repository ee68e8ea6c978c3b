package nl.namens.register.party;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import nl.namens.identifiers.SubjectType;

/** Validates {@link ValidPartyReference} with the shared identifiers module. */
public final class PartyReferenceValidator
    implements ConstraintValidator<ValidPartyReference, PartyIdentity> {

  static final String UNKNOWN_TYPE = "must be one of BSN, KVK, RSIN";
  static final String INVALID_BSN = "is not a valid BSN (nine digits passing the 11-proef)";
  static final String INVALID_RSIN = "is not a valid RSIN (nine digits passing the 11-proef)";
  static final String INVALID_KVK = "is not a valid KvK number (eight digits)";

  @Override
  public boolean isValid(PartyIdentity party, ConstraintValidatorContext context) {
    if (party == null || party.type() == null || party.type().isBlank()) {
      return true;
    }
    Optional<SubjectType> type = party.subjectType();
    if (type.isEmpty()) {
      return report(context, "type", UNKNOWN_TYPE);
    }
    if (party.id() == null || party.id().isBlank() || type.get().isValid(party.id())) {
      return true;
    }
    return report(context, "id", message(type.get()));
  }

  static String message(SubjectType type) {
    return switch (type) {
      case BSN -> INVALID_BSN;
      case RSIN -> INVALID_RSIN;
      case KVK -> INVALID_KVK;
    };
  }

  private static boolean report(ConstraintValidatorContext context, String field, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
    return false;
  }
}
