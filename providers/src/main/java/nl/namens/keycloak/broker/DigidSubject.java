package nl.namens.keycloak.broker;

import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.SubjectType;
import org.keycloak.dom.saml.v2.assertion.AssertionType;

/**
 * A citizen who logged in with DigiD: the BSN from the NameID and the LoA from the
 * AuthnContextClassRef.
 */
final class DigidSubject implements BrokeredSubject {

  private final String bsn;
  private final LevelOfAssurance loa;

  private DigidSubject(String bsn, LevelOfAssurance loa) {
    this.bsn = bsn;
    this.loa = loa;
  }

  /**
   * Reads and validates a DigiD assertion.
   *
   * @throws org.keycloak.broker.provider.IdentityBrokerException with a message code when it is not
   *     acceptable
   */
  static DigidSubject from(AssertionType assertion, LevelOfAssurance minimum) {
    DigidNameId nameId = DigidNameId.parse(SamlAssertions.nameIdValue(assertion));
    LevelOfAssurance loa = BrokeredLoa.fromDigid(SamlAssertions.authnContextClassRef(assertion));
    return new DigidSubject(nameId.bsn(), BrokeredLoa.requireAtLeast(loa, minimum));
  }

  String bsn() {
    return bsn;
  }

  @Override
  public String username() {
    return Usernames.digid(bsn);
  }

  @Override
  public Map<String, String> userAttributes() {
    return Map.of(BrokerAttributes.SUBJECT_TYPE, SubjectType.BSN.name(), BrokerAttributes.BSN, bsn);
  }

  @Override
  public LevelOfAssurance loa() {
    return loa;
  }

  @Override
  public String toString() {
    return "DigidSubject[username=" + username() + ", loa=" + loa.code() + "]";
  }
}
