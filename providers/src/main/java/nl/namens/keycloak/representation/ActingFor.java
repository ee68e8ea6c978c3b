package nl.namens.keycloak.representation;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.namens.keycloak.register.Party;

/** The acting-for choice as the client session notes hold it. */
public sealed interface ActingFor {

  /** Myself, or no choice recorded (a client without services): nothing to add to tokens. */
  record Self() implements ActingFor {}

  /** A chosen mandate. */
  record Mandate(String mandateId, Party principal, String service) implements ActingFor {}

  /** Notes present but not a consistent choice: callers must fail closed. */
  record Invalid(String why) implements ActingFor {}

  /**
   * Reads the three client session notes through {@code notes} (e.g. {@code
   * clientSession::getNote}).
   */
  static ActingFor fromNotes(Function<String, String> notes) {
    String actingFor = notes.apply(NamensNames.NOTE_ACTING_FOR);
    if (actingFor == null || actingFor.isEmpty() || NamensNames.SELF.equals(actingFor)) {
      return new Self();
    }
    Optional<String> mandateId = uuid(actingFor);
    if (mandateId.isEmpty()) {
      return new Invalid("acting-for note is neither self nor a UUID");
    }
    Optional<Party> principal = Party.parseRef(notes.apply(NamensNames.NOTE_PRINCIPAL));
    if (principal.isEmpty()) {
      return new Invalid("mandate without a usable principal note");
    }
    Optional<String> service = uuid(notes.apply(NamensNames.NOTE_SERVICE));
    if (service.isEmpty()) {
      return new Invalid("mandate without a usable service note");
    }
    return new Mandate(mandateId.get(), principal.get(), service.get());
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
