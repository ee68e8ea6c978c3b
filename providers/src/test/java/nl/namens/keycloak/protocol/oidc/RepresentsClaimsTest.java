package nl.namens.keycloak.protocol.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.ServiceRef;
import nl.namens.keycloak.representation.Pseudonymizer;
import nl.namens.keycloak.representation.SubjectId;
import org.junit.jupiter.api.Test;

class RepresentsClaimsTest {

  private static final String ISSUER = "http://localhost:8080/realms/namens";
  private static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  private static final String OTHER = "7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09";
  private static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  private final Pseudonymizer pseudonymizer =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

  @Test
  void bsnPrincipalForAnAllowedClient() {
    Map<String, Object> represents =
        RepresentsClaims.represents(
            SubjectId.forClient(
                new Party(SubjectType.BSN, "999990019"), true, pseudonymizer, "belasting"),
            ISSUER);

    assertEquals(
        Map.of(
            "sub", "999990019", "sub_id_type", "urn:nl-eid-gdi:1.0:id:legacy-BSN", "iss", ISSUER),
        represents);
  }

  @Test
  void bsnPrincipalForAnyOtherClientIsAPseudonym() {
    Map<String, Object> represents =
        RepresentsClaims.represents(
            SubjectId.forClient(
                new Party(SubjectType.BSN, "999990019"), false, pseudonymizer, "webshop"),
            ISSUER);

    assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", represents.get("sub_id_type"));
    assertEquals(pseudonymizer.pseudonym("webshop", "999990019"), represents.get("sub"));
    assertEquals(ISSUER, represents.get("iss"));
  }

  @Test
  void kvkPrincipal() {
    Map<String, Object> represents =
        RepresentsClaims.represents(
            SubjectId.forClient(
                new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "webshop"),
            ISSUER);

    assertEquals(
        Map.of("sub", "12345678", "sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr", "iss", ISSUER),
        represents);
  }

  @Test
  void representsNeverCarriesTokenLifetimeOrAudience() {
    Map<String, Object> represents =
        RepresentsClaims.represents(
            SubjectId.forClient(new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "c"),
            ISSUER);

    assertFalse(represents.containsKey("exp"));
    assertFalse(represents.containsKey("nbf"));
    assertFalse(represents.containsKey("aud"));
  }

  @Test
  void representationClaimFollowsTheContract() {
    Representation rep =
        new Representation(
            MANDATE,
            "voluntary",
            new Party(SubjectType.BSN, "999990019"),
            "B. de Vries",
            "machtiging",
            List.of(
                new ServiceRef(SERVICE, "Belastingaangifte"), new ServiceRef(OTHER, "Toeslagen")),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31),
            "substantieel");

    assertEquals(
        Map.of(
            "mandate_id",
            MANDATE,
            "kind",
            "voluntary",
            "service",
            SERVICE,
            "services",
            List.of(SERVICE, OTHER),
            "valid_until",
            "2027-12-31"),
        RepresentsClaims.representation(rep, SERVICE));
  }

  @Test
  void chainNestsThePrincipalDeepestUnderTheIntermediary() {
    Map<String, Object> represents =
        RepresentsClaims.represents(
            SubjectId.forClient(
                new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "webshop"),
            SubjectId.forClient(
                new Party(SubjectType.KVK, "11223344"), false, pseudonymizer, "webshop"),
            ISSUER);

    assertEquals(
        Map.of(
            "sub",
            "11223344",
            "sub_id_type",
            "urn:nl-eid-gdi:1.0:id:KvKnr",
            "iss",
            ISSUER,
            "represents",
            Map.of("sub", "12345678", "sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr", "iss", ISSUER)),
        represents);
  }

  @Test
  void chainClaimsCarryNoTokenLifetimeOrAudienceAtAnyLevel() {
    Map<String, Object> represents =
        RepresentsClaims.represents(
            SubjectId.forClient(new Party(SubjectType.BSN, "999990019"), false, pseudonymizer, "c"),
            SubjectId.forClient(new Party(SubjectType.KVK, "11223344"), false, pseudonymizer, "c"),
            ISSUER);
    @SuppressWarnings("unchecked")
    Map<String, Object> inner = (Map<String, Object>) represents.get("represents");

    for (Map<String, Object> level : List.of(represents, inner)) {
      assertFalse(level.containsKey("exp"));
      assertFalse(level.containsKey("nbf"));
      assertFalse(level.containsKey("aud"));
    }
    assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", inner.get("sub_id_type"));
    assertFalse(inner.containsKey("represents"));
  }

  @Test
  void chainRepresentationClaimSaysChain() {
    Representation rep =
        new Representation(
            MANDATE,
            "chain",
            new Party(SubjectType.KVK, "12345678"),
            "Bakkerij A",
            "machtiging",
            List.of(new ServiceRef(SERVICE, "Aangifte")),
            null,
            LocalDate.of(2027, 12, 31),
            null,
            new Party(SubjectType.KVK, "11223344"),
            "Accountants B");

    assertEquals("chain", RepresentsClaims.representation(rep, SERVICE).get("kind"));
  }
}
