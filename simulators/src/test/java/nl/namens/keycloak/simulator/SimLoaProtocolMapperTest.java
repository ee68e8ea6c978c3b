package nl.namens.keycloak.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import nl.namens.identifiers.LevelOfAssurance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.dom.saml.v2.assertion.AuthnStatementType;
import org.keycloak.dom.saml.v2.protocol.ResponseType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.saml.SAML2LoginResponseBuilder;
import org.keycloak.saml.common.constants.JBossSAMLURIConstants;
import org.keycloak.saml.common.util.DocumentUtil;
import org.keycloak.saml.processing.core.saml.v2.util.XMLTimeUtil;

class SimLoaProtocolMapperTest {

  private final SimLoaProtocolMapper mapper = new SimLoaProtocolMapper();
  private UserSessionModel userSession;
  private UserModel user;
  private ProtocolMapperModel model;

  @BeforeEach
  void setUp() {
    userSession = mock(UserSessionModel.class);
    user = mock(UserModel.class);
    when(userSession.getUser()).thenReturn(user);
    model = new ProtocolMapperModel();
    model.setConfig(new HashMap<>());
  }

  @Test
  void idAndProtocol() {
    assertEquals("namens-sim-loa-mapper", mapper.getId());
    assertEquals("saml", mapper.getProtocol());
  }

  @Test
  void userAttributeLoaBecomesTheAuthnContextClassRef() {
    when(user.getFirstAttribute("loa")).thenReturn("substantieel");

    ResponseType response = transform(keycloakLikeResponse());

    assertEquals("http://eidas.europa.eu/LoA/substantial", classRef(response));
  }

  @Test
  void sessionNoteWinsOverTheUserAttribute() {
    when(user.getFirstAttribute("loa")).thenReturn("substantieel");
    when(userSession.getNote("sim.loa")).thenReturn("hoog");

    assertEquals("http://eidas.europa.eu/LoA/high", classRef(transform(keycloakLikeResponse())));
  }

  @Test
  void withoutNoteOrAttributeTheSimulatorAssertsBasis() {
    assertEquals("http://eID.logius.nl/LoA/basic", classRef(transform(keycloakLikeResponse())));
  }

  @Test
  void unknownValuesFallThroughToTheNextSource() {
    when(userSession.getNote("sim.loa")).thenReturn("super");
    when(user.getFirstAttribute("loa")).thenReturn("midden");

    assertEquals("http://eidas.europa.eu/LoA/low", classRef(transform(keycloakLikeResponse())));
  }

  @Test
  void configuredNamesAndDefaultAreUsed() {
    model.getConfig().put(SimLoaProtocolMapper.CONFIG_ATTRIBUTE, "niveau");
    model.getConfig().put(SimLoaProtocolMapper.CONFIG_DEFAULT, "midden");
    when(user.getFirstAttribute("loa")).thenReturn("hoog");

    assertEquals("http://eidas.europa.eu/LoA/low", classRef(transform(keycloakLikeResponse())));

    when(user.getFirstAttribute("niveau")).thenReturn("http://eidas.europa.eu/LoA/substantial");
    assertEquals(
        "http://eidas.europa.eu/LoA/substantial", classRef(transform(keycloakLikeResponse())));
  }

  @Test
  void assertionWithoutAuthnStatementGetsOne() {
    when(user.getFirstAttribute("loa")).thenReturn("hoog");
    XMLGregorianCalendar now = XMLTimeUtil.getIssueInstant();
    ResponseType response = new ResponseType("ID_response", now);
    response.addAssertion(new ResponseType.RTChoiceType(new AssertionType("ID_assertion", now)));

    assertEquals("http://eidas.europa.eu/LoA/high", classRef(transform(response)));
  }

  @Test
  void writtenResponseCarriesTheClassRef() throws Exception {
    when(user.getFirstAttribute("loa")).thenReturn("substantieel");
    ResponseType response = transform(keycloakLikeResponse());

    String xml = DocumentUtil.getDocumentAsString(builder().buildDocument(response));

    String classRef = "AuthnContextClassRef>http://eidas.europa.eu/LoA/substantial</";
    assertTrue(xml.contains(classRef), xml);
    assertFalse(xml.contains(JBossSAMLURIConstants.AC_UNSPECIFIED.get()), xml);
  }

  @Test
  void theEherkenningSchemeAssertsTheAssuranceClassAsClassRefAndAsItsOneAttribute() {
    model.getConfig().put(SimLoaProtocolMapper.CONFIG_SCHEME, SimLoaProtocolMapper.SCHEME_ETOEGANG);
    when(user.getFirstAttribute("loa")).thenReturn("urn:etoegang:core:assurance-class:loa2");
    when(user.getFirstAttribute("loa-max")).thenReturn("urn:etoegang:core:assurance-class:loa3");
    ResponseType response = keycloakLikeResponse();
    AttributeType stale = new AttributeType(SimLoaProtocolMapper.ETOEGANG_LOA_ATTRIBUTE);
    stale.addAttributeValue("urn:etoegang:core:assurance-class:loa4"); // what an attribute mapper put there
    AttributeStatementType statement = new AttributeStatementType();
    statement.addAttribute(new AttributeStatementType.ASTChoiceType(stale));
    response.getAssertions().get(0).getAssertion().addStatement(statement);

    transform(response);

    assertEquals("urn:etoegang:core:assurance-class:loa2", classRef(response));
    assertEquals(List.of("urn:etoegang:core:assurance-class:loa2"), loaAttributeValues(response));
  }

  @Test
  void simulatedLoaParsesCodesAndUris() {
    assertEquals(LevelOfAssurance.HOOG, SimulatedLoa.parse("HOOG").orElseThrow());
    assertEquals(
        LevelOfAssurance.MIDDEN,
        SimulatedLoa.parse("http://eidas.europa.eu/LoA/low").orElseThrow());
    assertTrue(SimulatedLoa.parse(" ").isEmpty());
    assertEquals(
        LevelOfAssurance.BASIS, SimulatedLoa.resolve(null, "nonsense", LevelOfAssurance.BASIS));
  }

  private ResponseType transform(ResponseType response) {
    ResponseType result =
        mapper.transformLoginResponse(
            response, model, mock(KeycloakSession.class), userSession, null);
    assertSame(response, result);
    return result;
  }

  /**
   * Built the way SamlProtocol.authenticated builds the DigiD simulator's response, before mappers
   * run.
   */
  private static ResponseType keycloakLikeResponse() {
    try {
      return builder().buildModel();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static SAML2LoginResponseBuilder builder() {
    return new SAML2LoginResponseBuilder()
        .requestID("ID_request")
        .destination("http://localhost:8080/realms/namens/broker/digid/endpoint")
        .issuer("http://localhost:8080/realms/digid-sim")
        .assertionExpiration(60)
        .subjectExpiration(60)
        .sessionExpiration(3600)
        .requestIssuer("http://localhost:8080/realms/namens")
        .authMethod(JBossSAMLURIConstants.AC_UNSPECIFIED.get())
        .sessionIndex("session-1")
        .nameIdentifier(
            JBossSAMLURIConstants.NAMEID_FORMAT_UNSPECIFIED.get(), "s00000000:999990019");
  }

  private static List<Object> loaAttributeValues(ResponseType response) {
    return response.getAssertions().get(0).getAssertion().getStatements().stream()
        .filter(AttributeStatementType.class::isInstance)
        .map(AttributeStatementType.class::cast)
        .flatMap(st -> st.getAttributes().stream())
        .map(AttributeStatementType.ASTChoiceType::getAttribute)
        .filter(a -> SimLoaProtocolMapper.ETOEGANG_LOA_ATTRIBUTE.equals(a.getName()))
        .flatMap(a -> a.getAttributeValue().stream())
        .toList();
  }

  private static String classRef(ResponseType response) {
    AssertionType assertion = response.getAssertions().get(0).getAssertion();
    List<AuthnStatementType> statements =
        assertion.getStatements().stream()
            .filter(AuthnStatementType.class::isInstance)
            .map(AuthnStatementType.class::cast)
            .toList();
    assertEquals(1, statements.size());
    return statements.get(0).getAuthnContext().getSequence().getClassRef().getValue().toString();
  }
}
