package nl.namens.register.party;

import jakarta.validation.constraints.NotBlank;

/** A reference to a party in a request: {@code {"type": "BSN", "id": "999990019"}}. */
@ValidPartyReference
public record PartyReference(@NotBlank String type, @NotBlank String id) implements PartyIdentity {

  /** Without the identifier, so that a logged request or exception never shows a BSN. */
  @Override
  public String toString() {
    return "PartyReference[type=" + type + ", id=***]";
  }
}
