package nl.namens.register.party;

/**
 * A party as the API shows it: {@code {"type": "BSN", "id": "999990019", "displayName": "Jan Jansen"}}. In BVD
 * answers a principal also carries {@code birthYear} when the register knows the birth date (never the date).
 */
public record PartyView(String type, String id, String displayName, Integer birthYear) {

  @Override
  public String toString() {
    return "PartyView[type=" + type + ", id=***, displayName=***]";
  }

  public static PartyView of(Party party) {
    return new PartyView(party.type().name(), party.identifier(), party.displayName(), null);
  }

  /** As {@link #of}, with the year of birth (BVD principals). */
  public static PartyView withBirthYear(Party party) {
    return new PartyView(party.type().name(), party.identifier(), party.displayName(), party.birthYear());
  }
}
