package nl.namens.register.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.namens.register.validation.SafeText;

/** A party to register: {@code {"type": "BSN", "id": "999990019", "displayName": "Jan Jansen"}}. */
@ValidPartyReference
public record NewParty(
    @NotBlank String type, @NotBlank String id, @NotBlank @Size(max = 200) @SafeText String displayName)
    implements PartyIdentity {

  /** Without identifier and name, so that a logged request or exception shows no personal data. */
  @Override
  public String toString() {
    return "NewParty[type=" + type + ", id=***, displayName=***]";
  }
}
