package nl.namens.keycloak.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.namens.identifiers.LevelOfAssurance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.keycloak.broker.provider.IdentityBrokerException;

class BrokeredLoaTest {

  @ParameterizedTest
  @CsvSource({
    "http://eID.logius.nl/LoA/basic, BASIS",
    "http://eidas.europa.eu/LoA/low, MIDDEN",
    "http://eidas.europa.eu/LoA/substantial, SUBSTANTIEEL",
    "http://eidas.europa.eu/LoA/high, HOOG"
  })
  void digidUrisMapToTheirLevel(String uri, LevelOfAssurance expected) {
    assertEquals(expected, BrokeredLoa.fromDigid(uri));
  }

  @ParameterizedTest
  @CsvSource({
    "urn:etoegang:core:assurance-class:loa1, BASIS",
    "urn:etoegang:core:assurance-class:loa2, MIDDEN",
    "urn:etoegang:core:assurance-class:loa2plus, MIDDEN",
    "urn:etoegang:core:assurance-class:loa3, SUBSTANTIEEL",
    "urn:etoegang:core:assurance-class:loa4, HOOG"
  })
  void eherkenningAssuranceClassesMapToTheirLevel(String urn, LevelOfAssurance expected) {
    assertEquals(expected, BrokeredLoa.fromEherkenning(urn));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingLoaIsRefused(String value) {
    assertRefused(Refusals.LOA_MISSING, () -> BrokeredLoa.fromDigid(value));
    assertRefused(Refusals.LOA_MISSING, () -> BrokeredLoa.fromEherkenning(value));
  }

  @Test
  void unknownLoaIsRefused() {
    assertRefused(
        Refusals.LOA_UNKNOWN,
        () -> BrokeredLoa.fromDigid("urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified"));
    assertRefused(
        Refusals.LOA_UNKNOWN,
        () -> BrokeredLoa.fromEherkenning("urn:etoegang:core:assurance-class:loa5"));
  }

  @Test
  void eachProviderSpeaksOnlyItsOwnVocabulary() {
    assertRefused(
        Refusals.LOA_UNKNOWN,
        () -> BrokeredLoa.fromDigid("urn:etoegang:core:assurance-class:loa3"));
    assertRefused(
        Refusals.LOA_UNKNOWN,
        () -> BrokeredLoa.fromEherkenning("http://eidas.europa.eu/LoA/substantial"));
  }

  @Test
  void levelBelowTheMinimumIsRefused() {
    assertEquals(
        LevelOfAssurance.HOOG,
        BrokeredLoa.requireAtLeast(LevelOfAssurance.HOOG, LevelOfAssurance.SUBSTANTIEEL));
    assertEquals(
        LevelOfAssurance.MIDDEN,
        BrokeredLoa.requireAtLeast(LevelOfAssurance.MIDDEN, LevelOfAssurance.MIDDEN));
    assertRefused(
        Refusals.LOA_TOO_LOW,
        () -> BrokeredLoa.requireAtLeast(LevelOfAssurance.MIDDEN, LevelOfAssurance.SUBSTANTIEEL));
  }

  private static void assertRefused(String messageKey, Executable executable) {
    assertEquals(
        messageKey, assertThrows(IdentityBrokerException.class, executable).getMessageCode());
  }
}
