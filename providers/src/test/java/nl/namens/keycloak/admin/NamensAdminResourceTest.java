package nl.namens.keycloak.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakUriInfo;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.UserSessionProvider;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.UserPermissionEvaluator;
import org.mockito.MockedStatic;

/** The admin endpoint with Keycloak's session and user providers mocked. */
class NamensAdminResourceTest {

  private static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  private static final String OTHER = "7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09";

  private final KeycloakSession session = mock(KeycloakSession.class);
  private final RealmModel realm = mock(RealmModel.class);
  private final AdminPermissionEvaluator auth = mock(AdminPermissionEvaluator.class);
  private final UserPermissionEvaluator users = mock(UserPermissionEvaluator.class);
  private final AdminEventBuilder adminEvent = mock(AdminEventBuilder.class, RETURNS_SELF);
  private final UserSessionProvider sessions = mock(UserSessionProvider.class);
  private final UserProvider userProvider = mock(UserProvider.class);
  private final AdminAuth adminAuth = mock(AdminAuth.class);
  private final UserModel caller = mock(UserModel.class);
  private final RoleModel notifierRole = mock(RoleModel.class);
  private final Map<String, UserSessionModel> live = new HashMap<>();
  private MockedStatic<AuthenticationManager> authenticationManager;
  private NamensAdminResource resource;

  @BeforeEach
  void setUp() {
    KeycloakContext context = mock(KeycloakContext.class);
    when(context.getUri()).thenReturn(mock(KeycloakUriInfo.class));
    when(session.getContext()).thenReturn(context);
    when(session.sessions()).thenReturn(sessions);
    when(session.users()).thenReturn(userProvider);
    when(auth.users()).thenReturn(users);
    when(realm.getId()).thenReturn("realm-id");
    when(realm.getRole(NamensAdminResource.NOTIFIER_ROLE)).thenReturn(notifierRole);
    when(auth.adminAuth()).thenReturn(adminAuth);
    when(adminAuth.getRealm()).thenReturn(realm);
    when(adminAuth.getUser()).thenReturn(caller);
    when(caller.hasRole(notifierRole)).thenReturn(true);
    when(realm.getName()).thenReturn("namens");
    when(sessions.getUserSession(eq(realm), any())).thenAnswer(i -> live.get(i.getArgument(1)));
    when(sessions.getUserSessionsStream(eq(realm), any(UserModel.class))).thenReturn(Stream.of());
    when(sessions.getOfflineUserSessionsStream(eq(realm), any(UserModel.class)))
        .thenReturn(Stream.of());
    authenticationManager = mockStatic(AuthenticationManager.class);
    resource = new NamensAdminResource(session, realm, auth, adminEvent);
  }

  @AfterEach
  void tearDown() {
    authenticationManager.close();
  }

  private UserSessionModel userSession(String id, String... actingFor) {
    UserSessionModel us = mock(UserSessionModel.class);
    Map<String, AuthenticatedClientSessionModel> clientSessions = new HashMap<>();
    for (int i = 0; i < actingFor.length; i++) {
      AuthenticatedClientSessionModel cs = mock(AuthenticatedClientSessionModel.class);
      when(cs.getNotes()).thenReturn(RepresentedLoginFixture.ledger(actingFor[i]));
      clientSessions.put("client-" + i, cs);
    }
    when(us.getId()).thenReturn(id);
    when(us.getAuthenticatedClientSessions()).thenReturn(clientSessions);
    live.put(id, us);
    return us;
  }

  private void verifyLoggedOut(UserSessionModel us, int times) {
    authenticationManager.verify(
        () ->
            AuthenticationManager.backchannelLogout(
                same(session), same(realm), same(us), any(), any(), any(), eq(false), eq(false)),
        times(times));
  }

  @Test
  void theRepresentativesSessionsUnderTheMandateEnd() {
    UserModel representative = mock(UserModel.class);
    when(userProvider.searchForUserByUserAttributeStream(realm, "namens.bsn", "999991772"))
        .thenReturn(Stream.of(representative));
    UserSessionModel underMandate = userSession("s1", "self", MANDATE);
    UserSessionModel otherMandate = userSession("s2", OTHER);
    when(sessions.getUserSessionsStream(realm, representative))
        .thenReturn(Stream.of(underMandate, otherMandate));

    int ended =
        resource.endSessions(
            MANDATE, "{\"representative\": {\"type\": \"BSN\", \"id\": \"999991772\"}}");

    assertEquals(1, ended);
    verifyLoggedOut(underMandate, 1);
    verifyLoggedOut(otherMandate, 0);
    verify(caller).hasRole(notifierRole);
    verify(users, never()).requireManage();
    verify(adminEvent).success();
  }

  @Test
  void withoutRepresentativeEverySessionOfClientsWithServicesIsSearched() {
    ClientModel service = mock(ClientModel.class);
    when(service.getAttribute(NamensNames.CLIENT_SERVICES)).thenReturn(OTHER);
    ClientModel plain = mock(ClientModel.class);
    when(realm.getClientsStream()).thenReturn(Stream.of(service, plain));
    UserSessionModel a = userSession("s1", MANDATE);
    UserSessionModel b = userSession("s2", MANDATE.toUpperCase());
    UserSessionModel c = userSession("s3", "self");
    when(sessions.getUserSessionsStream(realm, service)).thenReturn(Stream.of(a, b, c, a));
    when(sessions.getOfflineUserSessionsStream(realm, service, null, null)).thenReturn(Stream.of());

    assertEquals(2, resource.endSessions(MANDATE, ""));
    verifyLoggedOut(a, 1);
    verifyLoggedOut(b, 1);
    verifyLoggedOut(c, 0);
    verify(sessions, never()).getUserSessionsStream(realm, plain);
  }

  @Test
  void aSessionGoneMeanwhileIsNotCounted() {
    ClientModel service = mock(ClientModel.class);
    when(service.getAttribute(NamensNames.CLIENT_SERVICES)).thenReturn(OTHER);
    when(realm.getClientsStream()).thenReturn(Stream.of(service));
    UserSessionModel a = userSession("s1", MANDATE);
    live.remove("s1");
    when(sessions.getUserSessionsStream(realm, service)).thenReturn(Stream.of(a));
    when(sessions.getOfflineUserSessionsStream(realm, service, null, null)).thenReturn(Stream.of());

    assertEquals(0, resource.endSessions(MANDATE, null));
  }

  @Test
  void withoutTheNotifierRoleNothingIsSearchedOrEnded() {
    when(caller.hasRole(notifierRole)).thenReturn(false);
    // realm-wide manage-users is not enough: only the notifier role counts
    assertThrows(RuntimeException.class, () -> resource.endSessions(MANDATE, null));

    verify(session, never()).sessions();
    authenticationManager.verify(
        () ->
            AuthenticationManager.backchannelLogout(
                any(), any(), any(), any(), any(), any(), anyBoolean(), anyBoolean()),
        never());
  }

  @Test
  void aMandateIdThatIsNoUuidIsABadRequest() {
    assertThrows(InvalidRequestException.class, () -> resource.endSessions("12", null));
  }

  @Test
  void aBadRepresentativeIsABadRequest() {
    assertThrows(
        InvalidRequestException.class,
        () ->
            resource.endSessions(
                MANDATE, "{\"representative\": {\"type\": \"BSN\", \"id\": \"1\"}}"));
    verify(session, never()).sessions();
  }

  @Test
  void factoryIdIsThePathSegment() {
    assertEquals("namens", new NamensAdminResourceProviderFactory().getId());
  }
}
