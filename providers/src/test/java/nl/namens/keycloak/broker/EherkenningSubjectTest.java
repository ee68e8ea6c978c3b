package nl.namens.keycloak.broker;

import static nl.namens.keycloak.broker.TestAssertions.assertion;
import static nl.namens.keycloak.broker.TestAssertions.nameIdValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.broker.provider.IdentityBrokerException;

class EherkenningSubjectTest {

  static {
    nl.namens.keycloak.keys.IdentifierKey.installForTests(new byte[32]);
  }

  private static final String KVK = EherkenningSubject.LEGAL_SUBJECT_ID;
  private static final String ACTING = EherkenningSubject.ACTING_SUBJECT_ID;
  private static final String LOA = EherkenningSubject.LEVEL_OF_ASSURANCE;
  private static final String LOA3 = "urn:etoegang:core:assurance-class:loa3";

  @Test
  void validAttributesGiveKvkPseudonymUsernameAndLoa() {
    EherkenningSubject subject =
        from(
            assertion()
                .attribute(KVK, "12345678")
                .attribute(ACTING, "pseudo-1234")
                .attribute(LOA, LOA3));

    assertEquals(new Party(SubjectType.KVK, "12345678"), subject.company());
    assertEquals("pseudo-1234", subject.actingSubjectId());
    assertEquals(Usernames.eherkenning("12345678", "pseudo-1234"), subject.username());
    assertEquals(
        Map.of(
            "namens.subject-type", "KVK",
            "namens.kvk", "12345678",
            "namens.acting-subject-id", "pseudo-1234"),
        subject.userAttributes());
    assertEquals(LevelOfAssurance.SUBSTANTIEEL, subject.loa());
    assertFalse(subject.toString().contains("pseudo-1234"));
  }

  @Test
  void serviceAuthorisationsAreKeptAsASessionNoteAndMalformedOnesDropped() {
    String portal = "urn:etoegang:DV:00000001003214345000:services:9001";
    EherkenningSubject subject =
        from(
            assertion()
                .attribute(KVK, "12345678")
                .attribute(ACTING, "pseudo-1234")
                .attribute(LOA, LOA3)
                .attribute(
                    EherkenningSubject.SERVICE_ID,
                    portal,
                    portal,
                    "urn:etoegang:DV:123:services:1",
                    "<script>"));

    assertEquals(java.util.List.of(portal), subject.serviceIds());
    assertEquals(portal, subject.sessionNotes().get("namens.etoegang.service-ids"));
    assertEquals("substantieel", subject.sessionNotes().get("namens.loa"));
  }

  @Test
  void withoutServiceAuthorisationsTheNoteIsEmpty() {
    EherkenningSubject subject =
        from(assertion().attribute(KVK, "12345678").attribute(ACTING, "p").attribute(LOA, LOA3));
    assertEquals("", subject.sessionNotes().get("namens.etoegang.service-ids"));
  }

  @Test
  void legalSubjectIdAsNameIdWithKvkQualifierIsAccepted() {
    EherkenningSubject subject =
        from(
            assertion()
                .attribute(KVK, nameIdValue("12345678", "urn:etoegang:1.9:EntityConcernedID:KvKnr"))
                .attribute(ACTING, nameIdValue("pseudo-1234", null))
                .attribute(LOA, "urn:etoegang:core:assurance-class:loa2plus"));

    assertEquals(new Party(SubjectType.KVK, "12345678"), subject.company());
    assertEquals("pseudo-1234", subject.actingSubjectId());
    assertEquals(LevelOfAssurance.MIDDEN, subject.loa());
  }

  @Test
  void aCompanyNamedByItsRsinIsCarriedAsAnRsin() {
    EherkenningSubject subject =
        from(
            assertion()
                .attribute(KVK, nameIdValue("812345605", "urn:etoegang:1.9:EntityConcernedID:RSIN"))
                .attribute(ACTING, nameIdValue("pseudo-1234", null))
                .attribute(LOA, LOA3));

    assertEquals(new Party(SubjectType.RSIN, "812345605"), subject.company());
    assertEquals(
        Map.of(
            "namens.subject-type", "RSIN",
            "namens.rsin", "812345605",
            "namens.acting-subject-id", "pseudo-1234"),
        subject.userAttributes());
  }

  @Test
  void anRsinThatFailsTheElevenTestIsRefused() {
    assertRefused(
        "namensLoginRefusedEherkenningKvkInvalid",
        assertion()
            .attribute(KVK, nameIdValue("812345606", "urn:etoegang:1.9:EntityConcernedID:RSIN"))
            .attribute(ACTING, "p")
            .attribute(LOA, LOA3));
  }

  @Test
  void aBranchRestrictionIsCarriedAndAMalformedOneRefusesTheLogin() {
    EherkenningSubject restricted =
        from(
            assertion()
                .attribute(KVK, "12345678")
                .attribute(ACTING, "p")
                .attribute(LOA, LOA3)
                .attribute("urn:etoegang:1.9:ServiceRestriction:Vestigingsnr", "000012345678"));
    assertEquals("000012345678", restricted.branch());
    assertEquals("000012345678", restricted.sessionNotes().get("namens.etoegang.vestigingsnr"));

    EherkenningSubject unrestricted =
        from(assertion().attribute(KVK, "12345678").attribute(ACTING, "p").attribute(LOA, LOA3));
    assertEquals("", unrestricted.sessionNotes().get("namens.etoegang.vestigingsnr"));

    for (String[] bad : new String[][] {{"12345"}, {"<script>"}, {""}, {"000012345678", "000087654321"}}) {
      assertRefused(
          "namensLoginRefusedEherkenningBranchInvalid",
          assertion()
              .attribute(KVK, "12345678")
              .attribute(ACTING, "p")
              .attribute(LOA, LOA3)
              .attribute("urn:etoegang:1.10:ServiceRestriction:Vestigingsnr", (Object[]) bad));
    }
  }

  @Test
  void theAssuranceClassInAuthnContextClassRefWinsOverTheAttribute() {
    EherkenningSubject subject =
        from(
            assertion()
                .authnContextClassRef("urn:etoegang:core:assurance-class:loa4")
                .attribute(KVK, nameIdValue("12345678", "urn:etoegang:1.9:EntityConcernedID:KvKnr"))
                .attribute(ACTING, nameIdValue("pseudo-1234", null))
                .attribute(LOA, "urn:etoegang:core:assurance-class:loa2"));
    assertEquals(LevelOfAssurance.HOOG, subject.loa());

    EherkenningSubject unspecified =
        from(
            assertion()
                .authnContextClassRef("urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified")
                .attribute(KVK, nameIdValue("12345678", "urn:etoegang:1.9:EntityConcernedID:KvKnr"))
                .attribute(ACTING, nameIdValue("pseudo-1234", null))
                .attribute(LOA, "urn:etoegang:core:assurance-class:loa3"));
    assertEquals(LevelOfAssurance.SUBSTANTIEEL, unspecified.loa(), "no class: the attribute");
  }

  @Test
  void legalSubjectIdWithRsinQualifierIsRefused() {
    assertRefused(
        Refusals.EHERKENNING_KVK_INVALID,
        assertion()
            .attribute(KVK, nameIdValue("12345678", "urn:etoegang:1.9:EntityConcernedID:RSIN"))
            .attribute(ACTING, "pseudo-1234")
            .attribute(LOA, LOA3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "123456789", "1234567a", "00000000", "12 45678"})
  void legalSubjectIdThatIsNotEightDigitsIsRefused(String kvk) {
    assertRefused(
        Refusals.EHERKENNING_KVK_INVALID,
        assertion().attribute(KVK, kvk).attribute(ACTING, "pseudo-1234").attribute(LOA, LOA3));
  }

  @Test
  void twoDifferentCompaniesAreRefused() {
    assertRefused(
        Refusals.EHERKENNING_KVK_INVALID,
        assertion()
            .attribute(KVK, "12345678", "87654321")
            .attribute(ACTING, "p")
            .attribute(LOA, LOA3));
  }

  @Test
  void missingLegalSubjectIdIsRefused() {
    assertRefused(
        Refusals.EHERKENNING_KVK_MISSING,
        assertion().attribute(ACTING, "pseudo-1234").attribute(LOA, LOA3));
    assertRefused(
        Refusals.EHERKENNING_KVK_MISSING,
        assertion().attribute(KVK, " ").attribute(ACTING, "pseudo-1234").attribute(LOA, LOA3));
  }

  @Test
  void missingActingSubjectIdIsRefused() {
    assertRefused(
        Refusals.EHERKENNING_ACTING_SUBJECT_MISSING,
        assertion().attribute(KVK, "12345678").attribute(LOA, LOA3));
  }

  @Test
  void overlongActingSubjectIdIsRefused() {
    String ok = "p".repeat(EherkenningSubject.ACTING_SUBJECT_ID_MAX_LENGTH);
    assertEquals(
        ok,
        from(assertion().attribute(KVK, "12345678").attribute(ACTING, ok).attribute(LOA, LOA3))
            .actingSubjectId());
    assertRefused(
        Refusals.EHERKENNING_ACTING_SUBJECT_INVALID,
        assertion().attribute(KVK, "12345678").attribute(ACTING, ok + "p").attribute(LOA, LOA3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pseudo\u0000id", "pseudo\nid", "pseudo\u00e9id", "pseudo\u202eid"})
  void unprintableActingSubjectIdIsRefused(String pseudonym) {
    assertRefused(
        Refusals.EHERKENNING_ACTING_SUBJECT_INVALID,
        assertion().attribute(KVK, "12345678").attribute(ACTING, pseudonym).attribute(LOA, LOA3));
  }

  @Test
  void missingOrUnknownLevelOfAssuranceIsRefused() {
    assertRefused(
        Refusals.LOA_MISSING, assertion().attribute(KVK, "12345678").attribute(ACTING, "p"));
    assertRefused(
        Refusals.LOA_UNKNOWN,
        assertion()
            .attribute(KVK, "12345678")
            .attribute(ACTING, "p")
            .attribute(LOA, "substantieel"));
  }

  private static EherkenningSubject from(TestAssertions assertion) {
    return EherkenningSubject.from(assertion.build(), LevelOfAssurance.BASIS);
  }

  private static void assertRefused(String messageKey, TestAssertions assertion) {
    IdentityBrokerException refusal =
        assertThrows(IdentityBrokerException.class, () -> from(assertion));
    assertEquals(messageKey, refusal.getMessageCode());
  }
}
