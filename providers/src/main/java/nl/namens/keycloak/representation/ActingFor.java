package nl.namens.keycloak.representation;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.namens.keycloak.register.Party;

/** What a login chose: the person themselves, or a principal through one mandate. */
public sealed interface ActingFor {

  /**
   * Myself. {@code service} is the service of the login (null for a client that offers no
   * service): a person who acts for themselves is still asked whether they may (capacity).
   */
  record Self(String service) implements ActingFor {}

  /** A chosen mandate (or legal representation) for {@code principal} at {@code service}. */
  record Mandate(String mandateId, Party principal, String service) implements ActingFor {}

  /** A stored choice that is not consistent: callers must fail closed. */
  record Invalid(String why) implements ActingFor {}

  /**
   * Reads a stored choice: {@code actingFor} is {@value NamensNames#SELF} or a mandate id (UUID),
   * {@code principal} a {@code TYPE:id} reference (see {@link Party#ref()}), {@code service} a UUID
   * or empty.
   */
  static ActingFor of(String actingFor, String principal, String service) {
    if (NamensNames.SELF.equals(actingFor)) {
      return new Self(uuid(service).orElse(null));
    }
    if (uuid(actingFor).isEmpty()) {
      return new Invalid("acting-for is neither self nor a UUID");
    }
    Optional<Party> party = Party.parseRef(principal);
    if (party.isEmpty()) {
      return new Invalid("mandate without a usable principal");
    }
    return mandate(actingFor, party.get(), service)
        .<ActingFor>map(m -> m)
        .orElseGet(() -> new Invalid("mandate without a usable service"));
  }

  /** A mandate choice; empty unless both ids are UUIDs (kept in canonical lower-case form). */
  static Optional<Mandate> mandate(String mandateId, Party principal, String service) {
    Optional<String> id = uuid(mandateId);
    Optional<String> serviceId = uuid(service);
    if (id.isEmpty() || principal == null || serviceId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Mandate(id.get(), principal, serviceId.get()));
  }

  /** The value in canonical lower-case form if it is a UUID. */
  static Optional<String> uuid(String value) {
    if (value == null || value.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value).toString().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
