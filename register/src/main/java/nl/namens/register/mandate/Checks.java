package nl.namens.register.mandate;

import java.time.LocalDate;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.party.PartyReference;
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
      throw ProblemException.invalid(field, "must not be null");
    }
    if (party.type() == null || party.subjectType().isEmpty()) {
      throw ProblemException.invalid(field + ".type", "must be one of BSN, KVK, RSIN");
    }
    SubjectType type = party.subjectType().get();
    if (party.id() == null || !type.isValid(party.id())) {
      throw ProblemException.invalid(
          field + ".id",
          switch (type) {
            case BSN -> "is not a valid BSN (nine digits passing the 11-proef)";
            case RSIN -> "is not a valid RSIN (nine digits passing the 11-proef)";
            case KVK -> "is not a valid KvK number (eight digits)";
          });
    }
  }

  /** The register's date rule ({@link DateRule}, as {@code @SaneDate} applies it to JSON bodies). */
  static void date(String field, LocalDate date, DateRule rule, LocalDate today) {
    rule.problem(date, today)
        .ifPresent(
            message -> {
              throw ProblemException.invalid(field, message);
            });
  }
}
