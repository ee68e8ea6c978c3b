package nl.namens.keycloak.protocol.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.ServiceRef;
import nl.namens.keycloak.representation.Pseudonymizer;
import nl.namens.keycloak.representation.SubjectId;
import org.junit.jupiter.api.Test;

class SamlRepresentationAttributesTest {

  private static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  private final Pseudonymizer pseudonymizer =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1);

  private static Representation rep(String kind) {
    return Representations.of("5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11")
            .kind(kind)
            .principal(new Party(SubjectType.KVK, "12345678"))
            .principalDisplayName("Bakkerij")
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "x")))
            .validUntil(LocalDate.of(2027, 12, 31))
            .build();
  }

  @Test
  void voluntaryRepresentationForAClientWithoutBsn() {
    Party actor = new Party(SubjectType.BSN, "999991772");
    Party principal = new Party(SubjectType.KVK, "12345678");

    Map<String, Object> attributes =
        SamlRepresentationAttributes.of(
            SERVICE,
            SubjectId.forClient(actor, false, pseudonymizer, "sp"),
            SubjectId.forClient(principal, false, pseudonymizer, "sp"),
            null,
            rep("voluntary"));

    assertEquals(SERVICE, attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"));
    assertEquals(
        pseudonymizer.pseudonym("sp", "999991772"),
        id(attributes, "urn:nl-eid-gdi:1.0:ActingSubjectID"));
    assertEquals("12345678", id(attributes, "urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertEquals(
        "urn:namens:1.0:RT:Vrijwillig", attributes.get("urn:namens:1.0:RepresentationType"));
  }

  @Test
  void bsnsForAnAllowedClient() {
    Map<String, Object> attributes =
        SamlRepresentationAttributes.of(
            SERVICE,
            SubjectId.forClient(new Party(SubjectType.BSN, "999991772"), true, pseudonymizer, "sp"),
            SubjectId.forClient(new Party(SubjectType.BSN, "999990019"), true, pseudonymizer, "sp"),
            null,
            rep("voluntary"));

    assertEquals(
        new SubjectId("999991772", "urn:nl-eid-gdi:1.0:id:legacy-BSN"),
        attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"),
        "an identifier with its type, the NameQualifier of its EncryptedID");
    assertEquals("999990019", id(attributes, "urn:nl-eid-gdi:1.0:LegalSubjectID"));
  }

  @Test
  void unknownKindGetsNoRepresentationType() {
    Map<String, Object> attributes =
        SamlRepresentationAttributes.of(
            SERVICE,
            SubjectId.forClient(new Party(SubjectType.KVK, "87654321"), false, pseudonymizer, "sp"),
            SubjectId.forClient(new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "sp"),
            null,
            rep("something-new"));

    assertFalse(attributes.containsKey("urn:namens:1.0:RepresentationType"));
  }

  @Test
  void chainMandateNamesTheIntermediaryAndTheChainType() {
    Map<String, Object> attributes =
        SamlRepresentationAttributes.of(
            SERVICE,
            SubjectId.forClient(new Party(SubjectType.KVK, "11223344"), false, pseudonymizer, "sp"),
            SubjectId.forClient(new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "sp"),
            SubjectId.forClient(new Party(SubjectType.KVK, "11223344"), false, pseudonymizer, "sp"),
            rep("chain"));

    assertEquals("11223344", id(attributes, "urn:namens:1.0:IntermediateSubjectID"));
    assertEquals("12345678", id(attributes, "urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertEquals(
        "urn:namens:1.0:RT:Keten", attributes.get("urn:namens:1.0:RepresentationType"));
  }

  @Test
  void aBsnIntermediaryIsAPseudonymForAClientWithoutBsn() {
    Map<String, Object> attributes =
        SamlRepresentationAttributes.of(
            SERVICE,
            SubjectId.forClient(new Party(SubjectType.KVK, "11223344"), false, pseudonymizer, "sp"),
            SubjectId.forClient(new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "sp"),
            SubjectId.forClient(
                new Party(SubjectType.BSN, "999990019"), false, pseudonymizer, "sp"),
            rep("chain"));

    assertEquals(
        pseudonymizer.pseudonym("sp", "999990019"),
        id(attributes, "urn:namens:1.0:IntermediateSubjectID"));
  }

  @Test
  void voluntaryMandateHasNoIntermediateSubject() {
    Map<String, Object> attributes =
        SamlRepresentationAttributes.of(
            SERVICE,
            SubjectId.forClient(new Party(SubjectType.KVK, "87654321"), false, pseudonymizer, "sp"),
            SubjectId.forClient(new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "sp"),
            null,
            rep("voluntary"));

    assertFalse(attributes.containsKey("urn:namens:1.0:IntermediateSubjectID"));
  }

  private Map<String, Object> attributesFor(Representation representation) {
    return SamlRepresentationAttributes.of(
        SERVICE,
        SubjectId.forClient(new Party(SubjectType.BSN, "999990172"), false, pseudonymizer, "sp"),
        SubjectId.forClient(new Party(SubjectType.BSN, "999990184"), false, pseudonymizer, "sp"),
            null,
        representation);
  }

  @Test
  void everyKindHasARepresentationTypeWhenTheRegisterSendsNone() {
    Map<String, String> expected =
        Map.of(
            "voluntary", "urn:namens:1.0:RT:Vrijwillig",
            "chain", "urn:namens:1.0:RT:Keten",
            "parental-authority", "urn:namens:1.0:RT:OuderlijkGezag",
            "curatele", "urn:namens:1.0:RT:Curatele",
            "bewind", "urn:namens:1.0:RT:Bewind",
            "mentorschap", "urn:namens:1.0:RT:Mentorschap",
            "survivor", "urn:namens:1.0:RT:Nabestaande");

    expected.forEach(
        (kind, type) ->
            assertEquals(
                type, attributesFor(rep(kind)).get("urn:namens:1.0:RepresentationType"), kind));
  }

  /** ST-SAML's attribute carries only the standard's values; the project's kinds have an attribute of their own. */
  @Test
  void theRegistersRepresentationTypeIsUsedAsSentAStandardValueInTheStandardsAttribute() {
    Representation bewind =
        Representations.of("5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11")
            .kind("bewind")
            .principal(new Party(SubjectType.BSN, "999990184"))
            .principalDisplayName("Ria Ruiters")
            .relation("beschermingsbewind")
            .services(List.of(new ServiceRef(SERVICE, "x")))
            .representationType("urn:nl-eid-gdi:1.1:RT:Zorg_Volledig_Gezag_Kind")
            .source("court")
            .principalBirthYear(1950)
            .build();

    assertEquals(
        "urn:nl-eid-gdi:1.1:RT:Zorg_Volledig_Gezag_Kind",
        attributesFor(bewind).get("urn:nl-eid-gdi:1.1:RepresentationType"));
    assertFalse(attributesFor(bewind).containsKey("urn:namens:1.0:RepresentationType"));
    assertFalse(attributesFor(bewind).containsKey("urn:namens:1.0:IntermediateSubjectID"));
  }

  /** The value of the identifier attribute {@code name} (sent as an EncryptedID). */
  private static String id(Map<String, Object> attributes, String name) {
    return ((SubjectId) attributes.get(name)).value();
  }
}
