package nl.namens.keycloak.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SubjectId#ofEndUser}: the OIDC {@code sub} and the SAML {@code ActingSubjectID} of a login. */
class EndUserSubjectIdTest {

  private static final Pseudonymizer KEY =
      new Pseudonymizer("a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8), 1);
  private static final Map<String, String> JAN =
      Map.of("namens.subject-type", "BSN", "namens.bsn", "999990019");
  private static final Map<String, String> ANNA =
      Map.of(
          "namens.subject-type", "KVK",
          "namens.kvk", "90000001",
          "namens.acting-subject-id", "7f3a1c9e2b5d4f60a8c1e2d3b4a59687@cijfer");

  @Test
  void aClientAllowedTheBsnGetsItAsLegacyBsn() {
    SubjectId sub = SubjectId.ofEndUser(JAN::get, true, KEY, "client:belasting").orElseThrow();
    assertEquals("999990019", sub.value());
    assertEquals("urn:nl-eid-gdi:1.0:id:legacy-BSN", sub.subIdType());
  }

  @Test
  void otherClientsGetAStablePseudonymOfTheirOwn() {
    SubjectId afval = SubjectId.ofEndUser(JAN::get, false, KEY, "client:afval").orElseThrow();
    assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", afval.subIdType());
    assertTrue(afval.value().startsWith("v1."), afval.value());
    assertFalse(afval.value().contains("999990019"));
    assertEquals(afval, SubjectId.ofEndUser(JAN::get, false, KEY, "client:afval").orElseThrow());
    assertNotEquals(
        afval.value(), SubjectId.ofEndUser(JAN::get, false, KEY, "client:other").orElseThrow().value());
    assertEquals(KEY.pseudonym("client:afval", "999990019"), afval.value(), "as a represents of Jan there");
  }

  @Test
  void anEherkenningEmployeeIsAPseudonymNotTheCompany() {
    SubjectId sub = SubjectId.ofEndUser(ANNA::get, true, KEY, "client:belasting").orElseThrow();
    assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", sub.subIdType());
    assertNotEquals("90000001", sub.value());
    assertFalse(sub.value().contains("cijfer"));
  }

  @Test
  void withoutAValidSubjectOrANeededKeyKeycloaksSubStays() {
    assertEquals(Optional.empty(), SubjectId.ofEndUser(Map.<String, String>of()::get, true, KEY, "client:x"));
    assertEquals(
        Optional.empty(),
        SubjectId.ofEndUser(Map.of("namens.subject-type", "BSN", "namens.bsn", "123")::get, true, KEY, "c"));
    assertEquals(Optional.empty(), SubjectId.ofEndUser(JAN::get, false, null, "client:afval"));
    assertEquals("999990019", SubjectId.ofEndUser(JAN::get, true, null, "client:b").orElseThrow().value());
  }
}
