package nl.namens.keycloak.protocol.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.dom.saml.v2.protocol.ResponseType;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.saml.common.exceptions.ProcessingException;
import org.keycloak.saml.common.util.StaxUtil;
import org.keycloak.saml.processing.core.saml.v2.writers.SAMLAssertionWriter;
import org.w3c.dom.Element;

class SamlRepresentationMapperTest {

  private final SamlRepresentationMapper mapper = new SamlRepresentationMapper();
  private static final SpEncryptionKey SP = new SpEncryptionKey();
  private static final String PSEUDONYM = "urn:nl-eid-gdi:1.0:id:pseudonym";
  private final RepresentedLoginFixture login = new RepresentedLoginFixture();

  @BeforeEach
  void encryptionCertificate() {
    login.clientAttributes.put("saml.encryption.certificate", SP.certificatePem);
  }

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
        List.of(PSEUDONYM, login.pseudonym("999991772")),
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID").getAttributeValue().get(0)));
    assertEquals(
        List.of(PSEUDONYM, login.pseudonym("999990019")),
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID").getAttributeValue().get(0)));
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
        List.of("urn:nl-eid-gdi:1.0:id:KvKnr", "11223344"),
        SP.decrypt(attributes.get("urn:namens:1.0:IntermediateSubjectID").getAttributeValue().get(0)));
    assertEquals(
        "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
        attributes.get("urn:namens:1.0:IntermediateSubjectID").getNameFormat());
    assertEquals(
        List.of(PSEUDONYM, login.pseudonym("999990019")),
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID").getAttributeValue().get(0)));
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
        List.of(PSEUDONYM, login.pseudonym("999991772")),
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID").getAttributeValue().get(0)));
  }

  @Test
  void anEherkenningEmployeeActingForTheirCompanyNamesItAsLegalSubject() {
    login.asEmployeeOf("90000001").actingForSelf();

    Map<String, AttributeType> attributes = transform();

    assertEquals(
        List.of("urn:nl-eid-gdi:1.0:ServiceUUID", "urn:nl-eid-gdi:1.0:ActingSubjectID", "urn:nl-eid-gdi:1.0:LegalSubjectID"),
        List.copyOf(attributes.keySet()));
    assertEquals(
        List.of("urn:nl-eid-gdi:1.0:id:KvKnr", "90000001"),
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID").getAttributeValue().get(0)));
    assertEquals(
        PSEUDONYM,
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID").getAttributeValue().get(0)).get(0),
        "the employee: a pseudonym");
  }

  @Test
  void anEherkenningEmployeesMandateNamesTheirCompanyAsIntermediary() {
    login.asEmployeeOf("90000001");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    Map<String, AttributeType> attributes = transform();

    assertEquals(
        List.of("urn:nl-eid-gdi:1.0:id:KvKnr", "90000001"),
        SP.decrypt(attributes.get("urn:namens:1.0:IntermediateSubjectID").getAttributeValue().get(0)));
    assertEquals(
        PSEUDONYM,
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID").getAttributeValue().get(0)).get(0),
        "who acts is the employee, not the company");
    assertEquals(
        List.of(PSEUDONYM, login.pseudonym("999990019")),
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID").getAttributeValue().get(0)));
  }

  @Test
  void aBsnTravelsOnlyEncryptedForTheClientAsRecipient() {
    login.clientAttributes.put("namens.bsn-allowed", "true");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    Map<String, AttributeType> attributes = transform();

    String sent = serialized(attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertTrue(sent.contains("EncryptedID") && sent.contains("Recipient=\"webshop\""), sent);
    assertFalse(sent.contains("999990019"), "no BSN in clear: " + sent);
    Element encrypted = (Element) attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID").getAttributeValue().get(0);
    Element key = (Element) encrypted.getElementsByTagNameNS("http://www.w3.org/2001/04/xmlenc#", "EncryptedKey").item(0);
    assertEquals(login.client.getClientId(), key.getAttribute("Recipient"));
    assertEquals(
        List.of("urn:nl-eid-gdi:1.0:id:legacy-BSN", "999990019"), SP.decrypt(encrypted), "NameQualifier: the type");
    assertEquals(
        List.of("urn:nl-eid-gdi:1.0:id:legacy-BSN", "999991772"),
        SP.decrypt(attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID").getAttributeValue().get(0)));
  }

  @Test
  void aLoginAnsweredByTheArtifactBindingGetsNoAssertion() {
    login.notes.put("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact", "true");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    assertTrue(transform().isEmpty(), "Keycloak's artifact store would turn the EncryptedIDs into text");
    assertDenied();
  }

  @Test
  void withoutAnEncryptionCertificateTheLoginGetsNoAssertion() {
    login.clientAttributes.remove("saml.encryption.certificate");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    assertTrue(transform().isEmpty(), "no attributes");
    assertDenied();
  }

  /** The login's response is the denial (Responder / RequestDenied), not an assertion. */
  private void assertDenied() {
    ResponseType response =
        new ResponseType("id", DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar("2026-12-02T00:00:00Z"));
    mapper.transformLoginResponse(
        response, new ProtocolMapperModel(), login.session, login.userSession, login.clientSessionContext);
    assertEquals(SamlRepresentationMapper.DENIED_MESSAGE, response.getStatus().getStatusMessage());
  }

  /** The attribute as Keycloak's SAML writer puts it into the assertion. */
  private static String serialized(AttributeType attribute) {
    StringWriter out = new StringWriter();
    try {
      new SAMLAssertionWriter(StaxUtil.getXMLStreamWriter(out)).write(attribute);
    } catch (ProcessingException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }
}
