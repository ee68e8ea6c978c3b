package nl.namens.register.lifecycle;

import nl.namens.identifiers.SubjectType;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemException;

/** Party checks the service layer repeats, so the portal gets the same messages as the JSON API. */
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
}
