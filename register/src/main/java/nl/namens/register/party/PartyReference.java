package nl.namens.register.party;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import nl.namens.identifiers.SubjectType;

/** A reference to a party in a request: {@code {"type": "BSN", "id": "999990019"}}. */
@ValidPartyReference
public record PartyReference(@NotBlank String type, @NotBlank String id) implements PartyIdentity {

  /**
   * The party a login names in its token claims ({@code namens_subject_type}, {@code namens_subject_id}):
   * a valid BSN or KvK number (never an RSIN: nobody logs in as one); empty otherwise.
   */
  public static Optional<PartyReference> ofLogin(String type, String id) {
    Optional<SubjectType> subjectType = SubjectType.parse(type);
    if (subjectType.isEmpty()
        || subjectType.get() == SubjectType.RSIN
        || !subjectType.get().name().equals(type)
        || id == null
        || !subjectType.get().isValid(id)) {
      return Optional.empty();
    }
    return Optional.of(new PartyReference(type, id));
  }

  /** Without the identifier, so that a logged request or exception never shows a BSN. */
  @Override
  public String toString() {
    return "PartyReference[type=" + type + ", id=***]";
  }
}
