package nl.namens.keycloak.register;

import java.util.Objects;

/**
 * The party who logs in, as the register's BVD API receives it: the party reference, and for an
 * eHerkenning employee the employee's opaque pseudonym ({@code actingSubjectId}), so the register
 * can tell which employees of a company may use the company's mandates.
 *
 * @param party {@code BSN} for a DigiD user, {@code KVK} (the company) for an eHerkenning user
 * @param actingSubjectId the employee pseudonym; null for DigiD users
 */
public record Actor(Party party, String actingSubjectId) {

  public Actor {
    Objects.requireNonNull(party, "party");
    actingSubjectId =
        actingSubjectId == null || actingSubjectId.isBlank() ? null : actingSubjectId.trim();
  }

  /** An actor without an employee pseudonym. */
  public static Actor of(Party party) {
    return new Actor(party, null);
  }

  /** A key for per-request caches (holds identifiers: never log it). */
  String cacheKey() {
    return party.ref() + (actingSubjectId == null ? "" : "/" + actingSubjectId);
  }

  /** A short, non-reversible reference for logs. */
  public String logRef() {
    return party.logRef() + (actingSubjectId == null ? "" : "/" + LogSafe.hash(actingSubjectId));
  }

  @Override
  public String toString() {
    return logRef();
  }
}
