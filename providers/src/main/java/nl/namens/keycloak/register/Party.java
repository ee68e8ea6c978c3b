package nl.namens.keycloak.register;

import java.util.Objects;
import java.util.Optional;
import nl.namens.identifiers.SubjectType;

/**
 * A party reference as the register knows it: {@code {"type": "BSN", "id": "999990019"}}. In notes
 * it travels as {@code TYPE:id} (see {@link #ref()}).
 */
public record Party(SubjectType type, String id) {

  public Party {
    Objects.requireNonNull(type, "type");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("party id is empty");
    }
    id = id.trim();
  }

  /** {@code TYPE:id}, the form of the {@code namens.principal} client session note. */
  public String ref() {
    return type.name() + ":" + id;
  }

  /** Parses {@code TYPE:id}; empty for null, blank, an unknown type or a missing id. */
  public static Optional<Party> parseRef(String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    int colon = ref.indexOf(':');
    if (colon <= 0 || colon == ref.length() - 1) {
      return Optional.empty();
    }
    return of(ref.substring(0, colon), ref.substring(colon + 1));
  }

  /**
   * Builds a party from a type name and id; empty when either is missing or the type is unknown.
   */
  public static Optional<Party> of(String type, String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return SubjectType.parse(type).map(t -> new Party(t, id));
  }

  /** A short, non-reversible reference for logs: never log a BSN. */
  public String logRef() {
    return LogSafe.ref(this);
  }

  @Override
  public String toString() {
    return logRef();
  }
}
