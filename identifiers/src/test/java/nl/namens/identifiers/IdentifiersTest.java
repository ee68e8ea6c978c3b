package nl.namens.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"999993653", "999991772", "999990019", "111222333"})
  void bsnThatPassesTheElevenProofIsValid(String bsn) {
    assertTrue(Bsn.isValid(bsn));
  }

  @ParameterizedTest
  @ValueSource(strings = {"999993654", "12345678", "1234567890", "99999365a", "000000000", "", " 99999365"})
  void bsnThatFailsIsInvalid(String bsn) {
    assertFalse(Bsn.isValid(bsn));
  }

  @Test
  void nullIsNeverValid() {
    assertFalse(Bsn.isValid(null));
    assertFalse(Rsin.isValid(null));
    assertFalse(KvkNumber.isValid(null));
  }

  @Test
  void rsinUsesTheElevenProof() {
    assertTrue(Rsin.isValid("002495569"));
    assertFalse(Rsin.isValid("002495568"));
  }

  @Test
  void kvkNumberIsEightDigits() {
    assertTrue(KvkNumber.isValid("12345678"));
    assertFalse(KvkNumber.isValid("1234567"));
    assertFalse(KvkNumber.isValid("123456789"));
    assertFalse(KvkNumber.isValid("1234567a"));
    assertFalse(KvkNumber.isValid("00000000"));
  }

  @Test
  void subjectTypesCarryTheirSubIdType() {
    assertEquals("urn:nl-eid-gdi:1.0:id:legacy-BSN", SubjectType.BSN.subIdType());
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", SubjectType.KVK.subIdType());
    assertEquals(SubjectType.KVK, SubjectType.parse("kvk").orElseThrow());
    assertTrue(SubjectType.parse("passport").isEmpty());
    assertTrue(SubjectType.BSN.isValid("999993653"));
    assertFalse(SubjectType.KVK.isValid("999993653"));
  }

  @Test
  void levelsAreOrderedAndParsedFromBothVocabularies() {
    assertTrue(LevelOfAssurance.HOOG.satisfies(LevelOfAssurance.SUBSTANTIEEL));
    assertFalse(LevelOfAssurance.MIDDEN.satisfies(LevelOfAssurance.SUBSTANTIEEL));
    assertEquals(
        LevelOfAssurance.SUBSTANTIEEL,
        LevelOfAssurance.fromUri("http://eidas.europa.eu/LoA/substantial").orElseThrow());
    assertEquals(
        LevelOfAssurance.MIDDEN,
        LevelOfAssurance.fromUri("urn:etoegang:core:assurance-class:loa2plus").orElseThrow());
    assertEquals(LevelOfAssurance.BASIS, LevelOfAssurance.fromCode("Basis").orElseThrow());
    assertTrue(LevelOfAssurance.fromUri("urn:oasis:names:tc:SAML:2.0:ac:classes:Password").isEmpty());
  }
}
