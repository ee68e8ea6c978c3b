package nl.namens.keycloak.representation;

import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;

/**
 * An identifier as one client may see it: the party's own identifier, or for a BSN the client may
 * not receive, a pseudonym.
 */
public record SubjectId(String value, String subIdType) {

  /**
   * The identifier of {@code party} for a client: a BSN only if {@code bsnAllowed}, else
   * its pseudonym in the client's {@code pseudonymScope} ({@link Pseudonymizer#scopeOf}); other identifiers as they are.
   */
  public static SubjectId forClient(
      Party party, boolean bsnAllowed, Pseudonymizer pseudonymizer, String pseudonymScope) {
    if (party.type().isPersonal() && !bsnAllowed) {
      return new SubjectId(
          pseudonymizer.pseudonym(pseudonymScope, party.id()), SubjectType.PSEUDONYM_SUB_ID_TYPE);
    }
    return new SubjectId(party.id(), party.type().subIdType());
  }

  @Override
  public String toString() {
    return "SubjectId[" + subIdType + "]";
  }
}
