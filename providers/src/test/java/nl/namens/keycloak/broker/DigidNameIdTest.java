package nl.namens.keycloak.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.namens.identifiers.Bsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.broker.provider.IdentityBrokerException;

class DigidNameIdTest {

  @Test
  void bsnSectorCodeWithValidBsnIsAccepted() {
    assertEquals("999990019", DigidNameId.parse("s00000000:999990019").bsn());
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertEquals("999993653", DigidNameId.parse(" s00000000:999993653\n").bsn());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"s00000001:999990019", "S00000000:999990019", "999990019", ":999990019", "x:y"})
  void otherSectorCodeIsRefused(String nameId) {
    assertRefused(Refusals.DIGID_SECTOR_CODE, nameId);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s00000000:999990018",
        "s00000000:99999001",
        "s00000000:9999900190",
        "s00000000:",
        "s00000000:00000000a",
        "s00000000:000000000"
      })
  void bsnFailingTheElevenProofIsRefused(String nameId) {
    assertFalse(Bsn.isValid(nameId.substring(nameId.indexOf(':') + 1)));
    assertRefused(Refusals.DIGID_BSN_INVALID, nameId);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void missingNameIdIsRefused(String nameId) {
    assertRefused(Refusals.DIGID_NAMEID_MISSING, nameId);
  }

  @Test
  void refusalsAndToStringNeverShowTheBsn() {
    IdentityBrokerException refusal =
        assertThrows(IdentityBrokerException.class, () -> DigidNameId.parse("s00000000:999990018"));
    assertFalse(refusal.getMessage().contains("99999"));
    assertFalse(DigidNameId.parse("s00000000:999990019").toString().contains("99999"));
  }

  private static void assertRefused(String messageKey, String nameId) {
    IdentityBrokerException refusal =
        assertThrows(IdentityBrokerException.class, () -> DigidNameId.parse(nameId));
    assertEquals(messageKey, refusal.getMessageCode());
  }
}
