package nl.namens.keycloak.broker;

import static nl.namens.keycloak.broker.TestAssertions.assertion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;
import org.junit.jupiter.api.Test;
import org.keycloak.broker.provider.IdentityBrokerException;

class DigidSubjectTest {

  static {
    nl.namens.keycloak.keys.IdentifierKey.installForTests(new byte[32]);
  }

  private static final String SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial";

  @Test
  void validAssertionGivesBsnUsernameAttributesAndLoa() {
    DigidSubject subject =
        DigidSubject.from(
            assertion().nameId("s00000000:999990019").authnContextClassRef(SUBSTANTIAL).build(),
            LevelOfAssurance.BASIS);

    assertEquals("999990019", subject.bsn());
    assertEquals(Usernames.digid("999990019"), subject.username());
    assertEquals(
        Map.of("namens.subject-type", "BSN", "namens.bsn", "999990019"), subject.userAttributes());
    assertEquals(LevelOfAssurance.SUBSTANTIEEL, subject.loa());
    assertFalse(subject.toString().contains("999990019"));
  }

  @Test
  void assertionWithoutNameIdIsRefused() {
    assertRefused(
        Refusals.DIGID_NAMEID_MISSING,
        assertion().authnContextClassRef(SUBSTANTIAL),
        LevelOfAssurance.BASIS);
  }

  @Test
  void assertionWithoutAuthnStatementIsRefused() {
    assertRefused(
        Refusals.LOA_MISSING, assertion().nameId("s00000000:999990019"), LevelOfAssurance.BASIS);
  }

  @Test
  void unspecifiedAuthnContextIsRefused() {
    assertRefused(
        Refusals.LOA_UNKNOWN,
        assertion()
            .nameId("s00000000:999990019")
            .authnContextClassRef("urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified"),
        LevelOfAssurance.BASIS);
  }

  @Test
  void levelBelowTheConfiguredMinimumIsRefused() {
    assertRefused(
        Refusals.LOA_TOO_LOW,
        assertion()
            .nameId("s00000000:999990019")
            .authnContextClassRef("http://eidas.europa.eu/LoA/low"),
        LevelOfAssurance.SUBSTANTIEEL);
  }

  private static void assertRefused(
      String messageKey, TestAssertions assertion, LevelOfAssurance minimum) {
    IdentityBrokerException refusal =
        assertThrows(
            IdentityBrokerException.class, () -> DigidSubject.from(assertion.build(), minimum));
    assertEquals(messageKey, refusal.getMessageCode());
  }
}
