package nl.namens.register.party;

/** A party as the API shows it: {@code {"type": "BSN", "id": "999990019", "displayName": "Jan Jansen"}}. */
public record PartyView(String type, String id, String displayName) {

  @Override
  public String toString() {
    return "PartyView[type=" + type + ", id=***, displayName=***]";
  }

  public static PartyView of(Party party) {
    return new PartyView(party.type().name(), party.identifier(), party.displayName());
  }
}
