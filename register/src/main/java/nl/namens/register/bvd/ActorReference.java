package nl.namens.register.bvd;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.namens.register.party.PartyIdentity;
import nl.namens.register.party.PartyReference;
import nl.namens.register.party.ValidPartyReference;
import nl.namens.register.validation.SafeText;

/**
 * The actor in a BVD request: {@code {"type": "KVK", "id": "90000001", "actingSubjectId": "..."}}. {@code
 * actingSubjectId} (optional) is the eHerkenning employee pseudonym; a company's mandates with employee
 * policy {@code listed} are offered only to listed employees.
 */
@ValidPartyReference
public record ActorReference(
    @NotBlank String type,
    @NotBlank String id,
    @Size(max = 128) @SafeText String actingSubjectId)
    implements PartyIdentity {

  PartyReference party() {
    return new PartyReference(type, id);
  }

  @Override
  public String toString() {
    return "ActorReference[type=" + type + ", id=***]";
  }
}
