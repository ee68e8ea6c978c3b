package nl.namens.register.mandate;

import java.time.LocalDate;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.party.PartyReference;
import nl.namens.register.party.PartyReferenceValidator;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.validation.DateRule;

/**
 * Party and date checks the service layer repeats, so the portal (whose forms reach the lifecycle without
 * Bean Validation) gets the same messages as the JSON API.
 */
final class Checks {

  private Checks() {}

  static void party(String field, PartyReference party) {
    if (party == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, field);
    }
    if (party.type() == null || party.subjectType().isEmpty()) {
      throw ProblemException.invalid(ProblemCode.PARTY_TYPE_INVALID, field + ".type");
    }
    SubjectType type = party.subjectType().get();
    if (party.id() == null || !type.isValid(party.id())) {
      throw ProblemException.invalid(PartyReferenceValidator.invalidId(type), field + ".id");
    }
  }

  /** The register's date rule ({@link DateRule}, as {@code @SaneDate} applies it to JSON bodies). */
  static void date(String field, LocalDate date, DateRule rule, LocalDate today) {
    rule.check(date, today)
        .ifPresent(
            code -> {
              throw ProblemException.invalid(code, field);
            });
  }
}
