package nl.namens.keycloak.protocol.oidc;

import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.register.ServiceRef;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.Party;
import nl.namens.identifiers.SubjectType;
import static nl.namens.keycloak.representation.RepresentedLoginFixture.ISSUER;
import static nl.namens.keycloak.representation.RepresentedLoginFixture.MANDATE;
import static nl.namens.keycloak.representation.RepresentedLoginFixture.SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import nl.namens.keycloak.register.AuthorizationQuery;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.mockito.ArgumentCaptor;

class RepresentsProtocolMapperTest {

  private final RepresentsProtocolMapper mapper = new RepresentsProtocolMapper();
  private final RepresentedLoginFixture login = new RepresentedLoginFixture();
  private final ProtocolMapperModel model = model();

  private static ProtocolMapperModel model() {
    ProtocolMapperModel model = new ProtocolMapperModel();
    model.setName("represents");
    model.setProtocolMapper(RepresentsProtocolMapper.PROVIDER_ID);
    model.setConfig(
        new java.util.HashMap<>(
            Map.of(
                OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN, "true",
                OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "true",
                OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, "true")));
    return model;
  }

  private IDToken idToken() {
    IDToken token = new IDToken();
    token.issuer(ISSUER);
    mapper.transformIDToken(
        token, model, login.session, login.userSession, login.clientSessionContext);
    return token;
  }

  private AccessToken accessToken() {
    AccessToken token = new AccessToken();
    token.issuer(ISSUER);
    mapper.transformAccessToken(
        token, model, login.session, login.userSession, login.clientSessionContext);
    return token;
  }

  @Test
  void confirmedMandateForAClientWithoutBsnGivesAPseudonym() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    IDToken token = idToken();

    assertEquals(
        Map.of(
            "sub",
            login.pseudonym("999990019"),
            "sub_id_type",
            "urn:nl-eid-gdi:1.0:id:pseudonym",
            "iss",
            ISSUER),
        token.getOtherClaims().get("represents"));
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
            List.of(SERVICE),
            "valid_until",
            "2027-12-31"),
        token.getOtherClaims().get("representation"));
  }

  @Test
  void bewindCarriesItsTypeAndLegalBasisButNoBirthYear() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.bewindRepresentation()));

    @SuppressWarnings("unchecked")
    Map<String, Object> representation =
        (Map<String, Object>) idToken().getOtherClaims().get("representation");

    assertEquals("bewind", representation.get("kind"));
    assertEquals("urn:namens:1.0:RT:Bewind", representation.get("representation_type"));
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
        representation.get("legal_basis"));
    assertFalse(idToken().getOtherClaims().toString().contains("1957"));
  }

  @Test
  void chainMandateNestsRepresentsWithThePrincipalDeepest() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.chainRepresentation()));

    IDToken token = idToken();

    assertEquals(
        Map.of(
            "sub",
            "11223344",
            "sub_id_type",
            "urn:nl-eid-gdi:1.0:id:KvKnr",
            "iss",
            ISSUER,
            "represents",
            Map.of(
                "sub",
                login.pseudonym("999990019"),
                "sub_id_type",
                "urn:nl-eid-gdi:1.0:id:pseudonym",
                "iss",
                ISSUER)),
        token.getOtherClaims().get("represents"));
    @SuppressWarnings("unchecked")
    Map<String, Object> representation =
        (Map<String, Object>) token.getOtherClaims().get("representation");
    assertEquals("chain", representation.get("kind"));
  }

  @Test
  void chainKindWithoutIntermediaryStaysFlat() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("chain")));

    @SuppressWarnings("unchecked")
    Map<String, Object> represents =
        (Map<String, Object>) idToken().getOtherClaims().get("represents");

    assertEquals(login.pseudonym("999990019"), represents.get("sub"));
    assertFalse(represents.containsKey("represents"));
  }

  @Test
  void bsnAllowedClientGetsTheBsn() {
    login.clientAttributes.put(NamensNames.CLIENT_BSN_ALLOWED, "true");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    @SuppressWarnings("unchecked")
    Map<String, Object> represents =
        (Map<String, Object>) idToken().getOtherClaims().get("represents");

    assertEquals("999990019", represents.get("sub"));
    assertEquals("urn:nl-eid-gdi:1.0:id:legacy-BSN", represents.get("sub_id_type"));
    assertEquals("B. de Vries", represents.get("name"), "a client that may know who it is gets the name");
    @SuppressWarnings("unchecked")
    Map<String, Object> inAccessToken = (Map<String, Object>) accessToken().getOtherClaims().get("represents");
    assertFalse(inAccessToken.containsKey("name"), "never beside a pseudonym: " + inAccessToken);
  }

  @Test
  void aClientWithoutBsnGetsNoNameOfAPersonButOfACompany() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));
    @SuppressWarnings("unchecked")
    Map<String, Object> person = (Map<String, Object>) idToken().getOtherClaims().get("represents");
    assertFalse(person.containsKey("name"), "a pseudonym with a name would identify the person: " + person);

    login.registerAnswers(
        new AuthorizationResult.Authorized(
            Representations.of(MANDATE)
                .kind("voluntary")
                .principal(new Party(SubjectType.KVK, "90000002"))
                .principalDisplayName("Bakkerij De Deeg B.V.")
                .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
                .build()));
    login.choose(new ActingFor.Mandate(MANDATE, new Party(SubjectType.KVK, "90000002"), SERVICE));
    @SuppressWarnings("unchecked")
    Map<String, Object> company = (Map<String, Object>) idToken().getOtherClaims().get("represents");
    assertEquals("Bakkerij De Deeg B.V.", company.get("name"), "a company's name is public");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAccessTokenNeverCarriesABsnUserinfoDoesWhereAllowed() {
    login.clientAttributes.put(NamensNames.CLIENT_BSN_ALLOWED, "true");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    Map<String, Object> inAccessToken =
        (Map<String, Object>) accessToken().getOtherClaims().get("represents");
    assertEquals(login.pseudonym("999990019"), inAccessToken.get("sub"));
    assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", inAccessToken.get("sub_id_type"));

    model.getConfig().put(OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, "true");
    AccessToken userInfo = new AccessToken();
    userInfo.issuer(ISSUER);
    mapper.transformUserInfoToken(
        userInfo, model, login.session, login.userSession, login.clientSessionContext);
    assertEquals(
        "999990019", ((Map<String, Object>) userInfo.getOtherClaims().get("represents")).get("sub"));
  }

  @Test
  void accessTokenAndIdTokenOfOneRequestCostOneRegisterCall() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    accessToken();
    idToken();

    ArgumentCaptor<AuthorizationQuery> query = ArgumentCaptor.forClass(AuthorizationQuery.class);
    verify(login.register, times(1)).authorize(any(), query.capture());
    assertEquals(MANDATE, query.getValue().mandateId());
    assertEquals(RepresentedLoginFixture.ACTOR, query.getValue().actor().party());
    assertEquals(null, query.getValue().actor().actingSubjectId());
    assertEquals(RepresentedLoginFixture.PRINCIPAL, query.getValue().principal());
    assertEquals(SERVICE, query.getValue().service());
  }

  @Test
  void introspectionShowsTheClaimsToo() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));
    model.getConfig().put(OIDCAttributeMapperHelper.INCLUDE_IN_INTROSPECTION, "true");
    AccessToken token = new AccessToken();
    token.issuer(ISSUER);

    mapper.transformIntrospectionToken(
        token, model, login.session, login.userSession, login.clientSessionContext);

    assertEquals(
        MANDATE, ((Map<?, ?>) token.getOtherClaims().get("representation")).get("mandate_id"));
  }

  @Test
  void revokedMandateGivesNoClaims() {
    login.registerAnswers(new AuthorizationResult.NotAuthorized());

    IDToken token = idToken();

    assertFalse(token.getOtherClaims().containsKey("represents"));
    assertFalse(token.getOtherClaims().containsKey("representation"));
  }

  @Test
  void unreachableRegisterGivesNoClaims() {
    login.registerAnswers(
        new AuthorizationResult.Unavailable(
            new Unavailability(Unavailability.Reason.CONNECTION, "down")));

    assertFalse(accessToken().getOtherClaims().containsKey("represents"));
  }

  @Test
  void actingForSelfAsksNobody() {
    login.actingForSelf();

    assertFalse(idToken().getOtherClaims().containsKey("represents"));
    verify(login.register, never()).authorize(any(), any());
  }

  @Test
  void anEherkenningEmployeeActingForTheirCompanyRepresentsItAlone() {
    login.asEmployeeOf("90000001").actingForSelf();

    IDToken token = idToken();

    assertEquals(
        Map.of("sub", "90000001", "sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr", "iss", ISSUER),
        token.getOtherClaims().get("represents"));
    assertFalse(token.getOtherClaims().containsKey("representation"), "no mandate: the company itself");
    verify(login.register, never()).authorize(any(), any());
  }

  @Test
  void anEherkenningEmployeesMandateIsNestedBeneathTheirCompany() {
    login.asEmployeeOf("90000001");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    IDToken token = idToken();

    assertEquals(
        Map.of(
            "sub", "90000001",
            "sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr",
            "iss", ISSUER,
            "represents",
            Map.of(
                "sub", login.pseudonym("999990019"),
                "sub_id_type", "urn:nl-eid-gdi:1.0:id:pseudonym",
                "iss", ISSUER)),
        token.getOtherClaims().get("represents"));
  }

  @Test
  void aDigidUserActingForThemselfRepresentsNobody() {
    login.actingForSelf();

    assertFalse(idToken().getOtherClaims().containsKey("represents"));
  }

  @Test
  void aBranchRestrictionTravelsWithTheCompany() {
    login.asEmployeeOf("90000001");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));
    when(login.userSession.getNote("namens.etoegang.vestigingsnr")).thenReturn("000012345678");

    @SuppressWarnings("unchecked")
    Map<String, Object> company = (Map<String, Object>) idToken().getOtherClaims().get("represents");

    assertEquals("90000001", company.get("sub"));
    assertEquals("000012345678", company.get("vestigingsnr"), "the employee may act for this branch only");
    assertTrue(company.get("represents") instanceof Map<?, ?>, "the principal beneath it");
  }
}
