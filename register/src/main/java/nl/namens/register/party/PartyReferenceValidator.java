package nl.namens.register.party;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ViolationCodes;

/** Validates {@link ValidPartyReference} with the shared identifiers module. */
public final class PartyReferenceValidator
    implements ConstraintValidator<ValidPartyReference, PartyIdentity> {

  @Override
  public boolean isValid(PartyIdentity party, ConstraintValidatorContext context) {
    if (party == null || party.type() == null || party.type().isBlank()) {
      return true;
    }
    Optional<SubjectType> type = party.subjectType();
    if (type.isEmpty()) {
      return report(context, "type", ProblemCode.PARTY_TYPE_INVALID);
    }
    if (party.id() == null || party.id().isBlank() || type.get().isValid(party.id())) {
      return true;
    }
    return report(context, "id", invalidId(type.get()));
  }

  /** The code of an identifier that is not valid for its type. */
  public static ProblemCode invalidId(SubjectType type) {
    return switch (type) {
      case BSN -> ProblemCode.BSN_INVALID;
      case RSIN -> ProblemCode.RSIN_INVALID;
      case KVK -> ProblemCode.KVK_INVALID;
    };
  }

  private static boolean report(ConstraintValidatorContext context, String field, ProblemCode code) {
    context.disableDefaultConstraintViolation();
    ViolationCodes.name(context, code);
    context.buildConstraintViolationWithTemplate(code.text()).addPropertyNode(field).addConstraintViolation();
    return false;
  }
}
