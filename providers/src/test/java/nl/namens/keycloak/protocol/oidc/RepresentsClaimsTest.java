package nl.namens.keycloak.protocol.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.LegalBasis;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.ServiceRef;
import nl.namens.keycloak.representation.Pseudonymizer;
import nl.namens.keycloak.representation.SubjectId;
import org.junit.jupiter.api.Test;

class RepresentsClaimsTest {

  private static final String ISSUER = "http://localhost:8080/realms/namens";
  private static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  private static final String OTHER = "7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09";
  /** A client offering both services. */
  private static final List<String> BOTH = List.of(SERVICE, OTHER);
  private static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  private final Pseudonymizer pseudonymizer =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1);

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
        Representations.of(MANDATE)
            .kind("voluntary")
            .principal(new Party(SubjectType.BSN, "999990019"))
            .principalDisplayName("B. de Vries")
            .relation("machtiging")
            .services(List.of(
                new ServiceRef(SERVICE, "Belastingaangifte"), new ServiceRef(OTHER, "Toeslagen")))
            .validFrom(LocalDate.of(2026, 1, 1))
            .validUntil(LocalDate.of(2027, 12, 31))
            .requiredLoa("substantieel")
            .build();

    assertEquals(
        Map.of(
            "mandate_id",
            MANDATE,
            "kind",
            "voluntary",
            "representation_type",
            "urn:namens:1.0:RT:Vrijwillig",
            "service",
            SERVICE,
            "services",
            List.of(SERVICE, OTHER),
            "valid_until",
            "2027-12-31"),
        RepresentsClaims.representation(rep, SERVICE, BOTH));
  }

  @Test
  void servicesNamesOnlyWhatThisClientOffers() {
    Representation rep =
        Representations.of(MANDATE)
            .kind("voluntary")
            .principal(new Party(SubjectType.BSN, "999990019"))
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte"), new ServiceRef(OTHER, "Zorgdossier")))
            .build();
    assertEquals(List.of(SERVICE), RepresentsClaims.representation(rep, SERVICE, List.of(SERVICE)).get("services"));
    assertEquals(List.of(), RepresentsClaims.representation(rep, SERVICE, List.of()).get("services"));
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
        Representations.of(MANDATE)
            .kind("chain")
            .principal(new Party(SubjectType.KVK, "12345678"))
            .principalDisplayName("Bakkerij A")
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "Aangifte")))
            .validUntil(LocalDate.of(2027, 12, 31))
            .intermediary(new Party(SubjectType.KVK, "11223344"))
            .intermediaryDisplayName("Accountants B")
            .build();

    assertEquals("chain", RepresentsClaims.representation(rep, SERVICE, BOTH).get("kind"));
  }

  private static final Party CHILD = new Party(SubjectType.BSN, "999990160");

  private static Representation legal(
      String kind,
      String relation,
      String representationType,
      String source,
      LegalBasis basis,
      LocalDate validUntil) {
    return Representations.of(MANDATE)
            .kind(kind)
            .principal(CHILD)
            .principalDisplayName("Tim Smit")
            .relation(relation)
            .services(List.of(new ServiceRef(SERVICE, "Nalatenschap afwikkelen")))
            .validFrom(LocalDate.of(2025, 3, 1))
            .validUntil(validUntil)
            .requiredLoa("substantieel")
            .representationType(representationType)
            .source(source)
            .legalBasis(basis)
            .principalBirthYear(2016)
            .build();
  }

  private static LegalBasis court(String law) {
    return new LegalBasis(
        law, "CCBR", "Rechtbank Midden-Nederland", LocalDate.of(2025, 3, 1), "C/16/123456", null);
  }

  @Test
  void bewindClaimNamesTypeAndCourtDecision() {
    Representation rep =
        legal(
            "bewind",
            "beschermingsbewind",
            "urn:namens:1.0:RT:Bewind",
            "court",
            court("BW 1:431"),
            null);

    Map<String, Object> claim = RepresentsClaims.representation(rep, SERVICE, BOTH);

    assertEquals(
        List.of("mandate_id", "kind", "representation_type", "service", "services", "legal_basis"),
        List.copyOf(claim.keySet()));
    assertEquals("urn:namens:1.0:RT:Bewind", claim.get("representation_type"));
    assertEquals(
        Map.of(
            "source",
            "court",
            "law",
            "BW 1:431",
            "register",
            "CCBR",
            "court",
            "Rechtbank Midden-Nederland",
            "decision_date",
            "2025-03-01",
            "decision_id",
            "C/16/123456"),
        claim.get("legal_basis"));
  }

  @Test
  void survivorClaimNamesTheEvidenceKindButNotItsReference() {
    Representation rep =
        legal(
            "survivor",
            "nabestaande",
            "urn:namens:1.0:RT:Nabestaande",
            "helpdesk",
            new LegalBasis("BW 4:144", null, null, null, null, "executele"),
            LocalDate.of(2026, 12, 31));

    Map<String, Object> claim = RepresentsClaims.representation(rep, SERVICE, BOTH);

    assertEquals(
        Map.of(
            "mandate_id",
            MANDATE,
            "kind",
            "survivor",
            "representation_type",
            "urn:namens:1.0:RT:Nabestaande",
            "service",
            SERVICE,
            "services",
            List.of(SERVICE),
            "valid_until",
            "2026-12-31",
            "legal_basis",
            Map.of("source", "helpdesk", "law", "BW 4:144", "evidence", "executele")),
        claim);
  }

  @Test
  void parentalAuthorityClaimNamesTheBrp() {
    Representation rep =
        legal(
            "parental-authority",
            "ouderlijk-gezag",
            "urn:namens:1.0:RT:OuderlijkGezag",
            "brp",
            new LegalBasis("BW 1:245", "BRP", null, null, null, null),
            LocalDate.of(2034, 5, 9));

    Map<String, Object> claim = RepresentsClaims.representation(rep, SERVICE, BOTH);

    assertEquals("urn:namens:1.0:RT:OuderlijkGezag", claim.get("representation_type"));
    assertEquals(
        Map.of("source", "brp", "law", "BW 1:245", "register", "BRP"), claim.get("legal_basis"));
  }

  @Test
  void curateleAndMentorschapClaimsCarryTheirLaw() {
    Map<String, Object> curatele =
        RepresentsClaims.representation(
            legal(
                "curatele",
                "curatele",
                "urn:namens:1.0:RT:Curatele",
                "court",
                court("BW 1:378"),
                null),
            SERVICE, BOTH);
    Map<String, Object> mentorschap =
        RepresentsClaims.representation(
            legal(
                "mentorschap",
                "mentorschap",
                "urn:namens:1.0:RT:Mentorschap",
                "court",
                court("BW 1:450"),
                null),
            SERVICE, BOTH);

    assertEquals("urn:namens:1.0:RT:Curatele", curatele.get("representation_type"));
    assertEquals("BW 1:378", ((Map<?, ?>) curatele.get("legal_basis")).get("law"));
    assertEquals("urn:namens:1.0:RT:Mentorschap", mentorschap.get("representation_type"));
    assertEquals("BW 1:450", ((Map<?, ?>) mentorschap.get("legal_basis")).get("law"));
  }

  @Test
  void legalClaimsNeverCarryTheBirthYearOrPrincipalName() {
    Map<String, Object> claim =
        RepresentsClaims.representation(
            legal("bewind", "beschermingsbewind", null, "court", court("BW 1:431"), null), SERVICE, BOTH);

    assertFalse(claim.toString().contains("2016"));
    assertFalse(claim.toString().contains("Tim"));
  }

  @Test
  void missingRegisterTypeFallsBackByKind() {
    for (String[] kindAndType :
        new String[][] {
          {"voluntary", "urn:namens:1.0:RT:Vrijwillig"},
          {"chain", "urn:namens:1.0:RT:Keten"},
          {"parental-authority", "urn:namens:1.0:RT:OuderlijkGezag"},
          {"curatele", "urn:namens:1.0:RT:Curatele"},
          {"bewind", "urn:namens:1.0:RT:Bewind"},
          {"mentorschap", "urn:namens:1.0:RT:Mentorschap"},
          {"survivor", "urn:namens:1.0:RT:Nabestaande"}
        }) {
      Representation rep = legal(kindAndType[0], "x", null, null, null, null);

      assertEquals(
          kindAndType[1],
          RepresentsClaims.representation(rep, SERVICE, BOTH).get("representation_type"),
          kindAndType[0]);
    }
  }

  @Test
  void theRegistersTypeWinsOverTheKindsDefault() {
    Representation rep =
        legal(
            "parental-authority",
            "ouderlijk-gezag",
            "urn:nl-eid-gdi:1.1:RT:Zorg_Volledig_Gezag_Kind",
            "brp",
            null,
            null);

    assertEquals(
        "urn:nl-eid-gdi:1.1:RT:Zorg_Volledig_Gezag_Kind",
        RepresentsClaims.representation(rep, SERVICE, BOTH).get("representation_type"));
  }

  @Test
  void aMandateHasNoLegalBasisEvenIfTheRegisterSentOne() {
    Representation rep = legal("voluntary", "machtiging", null, "court", court("BW 1:431"), null);

    assertFalse(RepresentsClaims.representation(rep, SERVICE, BOTH).containsKey("legal_basis"));
  }

  @Test
  void unknownKindWithoutTypeGetsNoTypeAndNoLegalBasis() {
    Map<String, Object> claim =
        RepresentsClaims.representation(
            legal("something-new", "x", null, "court", court("BW 1:1"), null), SERVICE, BOTH);

    assertFalse(claim.containsKey("representation_type"));
    assertFalse(claim.containsKey("legal_basis"));
  }

  @Test
  void legalKindWithoutBasisOrSourceHasNoLegalBasisClaim() {
    Map<String, Object> claim =
        RepresentsClaims.representation(
            legal("curatele", "curatele", null, null, null, null), SERVICE, BOTH);

    assertFalse(claim.containsKey("legal_basis"));
  }
}
