package nl.namens.keycloak.protocol.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.Test;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.models.ProtocolMapperModel;

class SamlRepresentationMapperTest {

  private final SamlRepresentationMapper mapper = new SamlRepresentationMapper();
  private final RepresentedLoginFixture login = new RepresentedLoginFixture();

  private Map<String, AttributeType> transform() {
    AttributeStatementType statement = new AttributeStatementType();
    mapper.transformAttributeStatement(
        statement,
        new ProtocolMapperModel(),
        login.session,
        login.userSession,
        login.clientSession);
    Map<String, AttributeType> byName = new LinkedHashMap<>();
    statement
        .getAttributes()
        .forEach(a -> byName.put(a.getAttribute().getName(), a.getAttribute()));
    return byName;
  }

  @Test
  void representedLoginGetsTheFourAttributesWithUriNameFormat() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    Map<String, AttributeType> attributes = transform();

    assertEquals(4, attributes.size());
    attributes
        .values()
        .forEach(
            a ->
                assertEquals("urn:oasis:names:tc:SAML:2.0:attrname-format:uri", a.getNameFormat()));
    assertEquals(
        RepresentedLoginFixture.SERVICE,
        attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID").getAttributeValue().get(0));
    assertEquals(
        login.pseudonym("999991772"),
        attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID").getAttributeValue().get(0));
    assertEquals(
        login.pseudonym("999990019"),
        attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID").getAttributeValue().get(0));
    assertEquals(
        "urn:namens:1.0:RT:Vrijwillig",
        attributes.get("urn:namens:1.0:RepresentationType").getAttributeValue().get(0));
  }

  @Test
  void chainMandateAddsTheIntermediateSubjectAndTheChainType() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.chainRepresentation()));

    Map<String, AttributeType> attributes = transform();

    assertEquals(5, attributes.size());
    assertEquals(
        "11223344",
        attributes.get("urn:namens:1.0:IntermediateSubjectID").getAttributeValue().get(0));
    assertEquals(
        "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
        attributes.get("urn:namens:1.0:IntermediateSubjectID").getNameFormat());
    assertEquals(
        login.pseudonym("999990019"),
        attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID").getAttributeValue().get(0));
    assertEquals(
        "urn:namens:1.0:RT:Keten",
        attributes.get("urn:namens:1.0:RepresentationType").getAttributeValue().get(0));
  }

  @Test
  void notAuthorizedGivesNoAttributes() {
    login.registerAnswers(new AuthorizationResult.NotAuthorized());

    assertTrue(transform().isEmpty());
  }

  @Test
  void selfGivesTheServiceAndWhoActsButNoLegalSubject() {
    login.actingForSelf();

    Map<String, AttributeType> attributes = transform();

    assertEquals(
        List.of("urn:nl-eid-gdi:1.0:ServiceUUID", "urn:nl-eid-gdi:1.0:ActingSubjectID"),
        List.copyOf(attributes.keySet()));
    assertEquals(
        RepresentedLoginFixture.SERVICE,
        attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID").getAttributeValue().get(0));
    assertEquals(
        login.pseudonym("999991772"),
        attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID").getAttributeValue().get(0));
  }
}
