package nl.namens.register.party;

import java.util.Optional;
import nl.namens.identifiers.SubjectType;

/** What names a party in the API: {@code type} (BSN, KVK, RSIN) and {@code id}. */
public interface PartyIdentity {

  String type();

  String id();

  /** The subject type, if {@link #type()} is exactly one of {@code BSN}, {@code KVK}, {@code RSIN}. */
  default Optional<SubjectType> subjectType() {
    for (SubjectType candidate : SubjectType.values()) {
      if (candidate.name().equals(type())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether both name the same party. */
  default boolean sameParty(PartyIdentity other) {
    return type() != null && type().equals(other.type()) && id() != null && id().equals(other.id());
  }
}
