package nl.namens.keycloak.broker;

import static nl.namens.keycloak.broker.TestAssertions.assertion;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.provider.IdentityBrokerException;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

class IdentityProviderMappersTest {

  static {
    nl.namens.keycloak.keys.IdentifierKey.installForTests(new byte[32]);
  }

  private static final String RAW_NAMEID = "s00000000:999990019";
  private static final String DIGID_USERNAME = Usernames.digid("999990019");

  private final DigidIdentityProviderMapper digid = new DigidIdentityProviderMapper();
  private final EherkenningIdentityProviderMapper eherkenning =
      new EherkenningIdentityProviderMapper();

  private KeycloakSession session;
  private RealmModel realm;
  private AuthenticationSessionModel authSession;
  private LoginFormsProvider forms;
  private Response errorPage;
  private IdentityProviderMapperModel mapperModel;

  @BeforeEach
  void setUp() {
    session = mock(KeycloakSession.class);
    realm = mock(RealmModel.class);
    authSession = mock(AuthenticationSessionModel.class);
    forms = mock(LoginFormsProvider.class, RETURNS_SELF);
    errorPage = mock(Response.class);
    when(session.getProvider(LoginFormsProvider.class)).thenReturn(forms);
    when(forms.createErrorPage(any())).thenReturn(errorPage);
    mapperModel = new IdentityProviderMapperModel();
    mapperModel.setConfig(new HashMap<>());
  }

  @Test
  void idsAndCompatibility() {
    assertEquals("namens-digid-mapper", digid.getId());
    assertEquals("namens-eherkenning-mapper", eherkenning.getId());
    assertArrayEquals(new String[] {"saml", "namens-saml"}, digid.getCompatibleProviders());
    assertArrayEquals(new String[] {"saml", "namens-saml"}, eherkenning.getCompatibleProviders());
    assertEquals(MapperConfig.MINIMUM_LOA, digid.getConfigProperties().get(0).getName());
  }

  @ParameterizedTest
  @EnumSource(IdentityProviderSyncMode.class)
  void everySyncModeIsSupported(IdentityProviderSyncMode mode) {
    assertTrue(digid.supportsSyncMode(mode));
    assertTrue(eherkenning.supportsSyncMode(mode));
  }

  @Test
  void digidLoginReplacesTheRawNameIdAndSetsTheLoaNote() {
    BrokeredIdentityContext context =
        context(
            "digid",
            RAW_NAMEID,
            assertion().nameId(RAW_NAMEID).authnContextClassRef(substantial()).build());

    digid.preprocessFederatedIdentity(session, realm, mapperModel, context);

    assertEquals(DIGID_USERNAME, context.getId());
    assertEquals(DIGID_USERNAME, context.getUsername());
    assertEquals(DIGID_USERNAME, context.getModelUsername());
    assertEquals("digid." + DIGID_USERNAME, context.getBrokerUserId());
    assertFalse(context.toString().contains("999990019"));
    verify(authSession).setUserSessionNote("namens.loa", "substantieel");
  }

  @Test
  void refusedDigidLoginEndsOnAnErrorPageWithTheMessageKey() {
    BrokeredIdentityContext context =
        context(
            "digid",
            "s00000001:999990019",
            assertion().nameId("s00000001:999990019").authnContextClassRef(substantial()).build());

    WebApplicationException thrown =
        assertThrows(
            WebApplicationException.class,
            () -> digid.preprocessFederatedIdentity(session, realm, mapperModel, context));

    assertSame(errorPage, thrown.getResponse());
    assertEquals(
        Refusals.DIGID_SECTOR_CODE, ((IdentityBrokerException) thrown.getCause()).getMessageCode());
    verify(forms).setAuthenticationSession(authSession);
    verify(forms).setError(Refusals.DIGID_SECTOR_CODE);
    verify(forms).createErrorPage(Response.Status.BAD_REQUEST);
    verify(authSession, never()).setUserSessionNote(anyString(), anyString());
    assertFalse(thrown.getMessage().contains("999990019"));
  }

  @Test
  void configuredMinimumLoaRefusesLowerLogins() {
    mapperModel.getConfig().put(MapperConfig.MINIMUM_LOA, "hoog");
    BrokeredIdentityContext context =
        context(
            "digid",
            RAW_NAMEID,
            assertion().nameId(RAW_NAMEID).authnContextClassRef(substantial()).build());

    assertThrows(
        WebApplicationException.class,
        () -> digid.preprocessFederatedIdentity(session, realm, mapperModel, context));
    verify(forms).setError(Refusals.LOA_TOO_LOW);
  }

  @Test
  void contextWithoutSamlAssertionIsRefused() {
    BrokeredIdentityContext context = context("digid", RAW_NAMEID, null);

    assertThrows(
        WebApplicationException.class,
        () -> digid.preprocessFederatedIdentity(session, realm, mapperModel, context));
    verify(forms).setError(Refusals.ASSERTION_MISSING);
  }

  @Test
  void newDigidUserGetsSubjectAttributesAndTheLoaNoteAgain() {
    BrokeredIdentityContext context =
        context(
            "digid",
            DIGID_USERNAME,
            assertion().nameId(RAW_NAMEID).authnContextClassRef(substantial()).build());
    UserModel user = mock(UserModel.class);

    digid.importNewUser(session, realm, user, mapperModel, context);

    verify(user).setSingleAttribute("namens.subject-type", "BSN");
    verify(user).setSingleAttribute("namens.bsn", "999990019");
    verify(authSession).setUserSessionNote("namens.loa", "substantieel");
  }

  @Test
  void returningDigidUserIsUpdated() {
    BrokeredIdentityContext context =
        context(
            "digid",
            DIGID_USERNAME,
            assertion()
                .nameId(RAW_NAMEID)
                .authnContextClassRef("http://eidas.europa.eu/LoA/high")
                .build());
    UserModel user = mock(UserModel.class);

    digid.updateBrokeredUserLegacy(session, realm, user, mapperModel, context);

    verify(user).setSingleAttribute("namens.bsn", "999990019");
    verify(authSession).setUserSessionNote("namens.loa", "hoog");
  }

  @Test
  void loaNoteGoesToTheContextWhenThereIsNoAuthenticationSession() {
    BrokeredIdentityContext context =
        context(
            "digid",
            RAW_NAMEID,
            assertion().nameId(RAW_NAMEID).authnContextClassRef(substantial()).build());
    context.setAuthenticationSession(null);
    var userSession = mock(org.keycloak.models.UserSessionModel.class);

    digid.preprocessFederatedIdentity(session, realm, mapperModel, context);
    context.addSessionNotesToUserSession(userSession);

    verify(userSession).setNote("namens.loa", "substantieel");
  }

  @Test
  void eherkenningLoginSetsUsernameAttributesAndNote() {
    AssertionType assertion =
        assertion()
            .nameId("opaque-transient-id")
            .attribute(EherkenningSubject.LEGAL_SUBJECT_ID, "12345678")
            .attribute(EherkenningSubject.ACTING_SUBJECT_ID, "pseudo-1234")
            .attribute(
                EherkenningSubject.LEVEL_OF_ASSURANCE, "urn:etoegang:core:assurance-class:loa3")
            .build();
    BrokeredIdentityContext context = context("eherkenning", "opaque-transient-id", assertion);
    UserModel user = mock(UserModel.class);

    eherkenning.preprocessFederatedIdentity(session, realm, mapperModel, context);
    eherkenning.importNewUser(session, realm, user, mapperModel, context);

    assertEquals(Usernames.eherkenning("12345678", "pseudo-1234"), context.getId());
    assertEquals(Usernames.eherkenning("12345678", "pseudo-1234"), context.getModelUsername());
    assertEquals("eherkenning." + Usernames.eherkenning("12345678", "pseudo-1234"), context.getBrokerUserId());
    verify(user).setSingleAttribute("namens.subject-type", "KVK");
    verify(user).setSingleAttribute("namens.kvk", "12345678");
    verify(user).setSingleAttribute("namens.acting-subject-id", "pseudo-1234");
    verify(authSession, org.mockito.Mockito.times(2))
        .setUserSessionNote("namens.loa", "substantieel");
  }

  @Test
  void refusedEherkenningLoginShowsItsMessageKey() {
    AssertionType assertion =
        assertion()
            .nameId("opaque-transient-id")
            .attribute(EherkenningSubject.LEGAL_SUBJECT_ID, "1234")
            .attribute(EherkenningSubject.ACTING_SUBJECT_ID, "pseudo-1234")
            .attribute(
                EherkenningSubject.LEVEL_OF_ASSURANCE, "urn:etoegang:core:assurance-class:loa3")
            .build();
    BrokeredIdentityContext context = context("eherkenning", "opaque-transient-id", assertion);

    assertThrows(
        WebApplicationException.class,
        () -> eherkenning.preprocessFederatedIdentity(session, realm, mapperModel, context));
    verify(forms).setError(Refusals.EHERKENNING_KVK_INVALID);
  }

  @Test
  void invalidMinimumLoaConfigIsAConfigurationError() {
    mapperModel.setConfig(Map.of(MapperConfig.MINIMUM_LOA, "super"));
    assertThrows(IllegalStateException.class, () -> MapperConfig.of(mapperModel));
    mapperModel.setConfig(Map.of());
    assertEquals(MapperConfig.DEFAULT_MINIMUM_LOA, MapperConfig.of(mapperModel).minimumLoa());
  }

  private BrokeredIdentityContext context(String alias, String principal, AssertionType assertion) {
    IdentityProviderModel idp = new IdentityProviderModel();
    idp.setAlias(alias);
    idp.setEnabled(true);
    BrokeredIdentityContext context = new BrokeredIdentityContext(principal, idp);
    context.setUsername(principal);
    context.setBrokerUserId(alias + "." + principal);
    if (assertion != null) {
      context.getContextData().put(SAMLEndpoint.SAML_ASSERTION, assertion);
    }
    context.setAuthenticationSession(authSession);
    return context;
  }

  private static String substantial() {
    return "http://eidas.europa.eu/LoA/substantial";
  }
}
