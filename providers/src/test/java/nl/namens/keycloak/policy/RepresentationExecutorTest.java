package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.keycloak.models.TokenManager;
import org.keycloak.models.UserSessionProvider;
import org.keycloak.protocol.oidc.utils.OAuth2CodeParser;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.RefreshToken;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRefreshContext;
import org.keycloak.services.clientpolicy.context.TokenRequestContext;

class RepresentationExecutorTest {

  private final RepresentedLoginFixture login = new RepresentedLoginFixture();
  private final RepresentationExecutor executor = new RepresentationExecutor(login.session);

  private TokenRequestContext codeExchange() {
    OAuth2CodeParser.ParseResult parseResult = mock(OAuth2CodeParser.ParseResult.class);
    when(parseResult.getClientSession()).thenReturn(login.clientSession);
    return new TokenRequestContext(new MultivaluedHashMap<>(), parseResult, login.client);
  }

  @Test
  void confirmedMandateLetsTheCodeExchangeThrough() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
  }

  @Test
  void revokedMandateStopsTheCodeExchange() {
    login.registerAnswers(new AuthorizationResult.NotAuthorized());

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(codeExchange()));

    assertEquals("invalid_grant", e.getError());
    assertEquals("representation is no longer valid", e.getErrorDetail());
  }

  @Test
  void unreachableRegisterStopsTheCodeExchange() {
    login.registerAnswers(
        new AuthorizationResult.Unavailable(
            new Unavailability(Unavailability.Reason.TIMEOUT, "slow")));

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(codeExchange()));

    assertEquals("invalid_grant", e.getError());
    assertEquals("representation cannot be verified right now", e.getErrorDetail());
  }

  @Test
  void loginForSelfIsNotCheckedAsARepresentation() {
    login.actingForSelf().capacityAnswers(new CapacityResult.Free());

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
    verify(login.register, never()).authorize(any(), any());
  }

  private static CapacityResult.Incapable underBewind() {
    return new CapacityResult.Incapable(
        "bewind", List.of(new CapacityResult.Representative("Rob Rentmeester", "bewind")));
  }

  @Test
  void personWhoMayStillActForHerselfGetsTokens() {
    login.actingForSelf().capacityAnswers(new CapacityResult.Free());

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));

    ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
    verify(login.register).capacity(any(), actor.capture(), any());
    assertEquals(RepresentedLoginFixture.ACTOR, actor.getValue().party());
    verify(login.register).capacity(login.realm, actor.getValue(), RepresentedLoginFixture.SERVICE);
  }

  @Test
  void personWhoCameUnderBewindGetsNoTokensForHerself() {
    login.actingForSelf().capacityAnswers(underBewind());

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(codeExchange()));

    assertEquals("invalid_grant", e.getError());
    assertEquals("the user may no longer act for themselves at this service", e.getErrorDetail());
  }

  @Test
  void personWhoCameUnderBewindCannotRefreshHerOwnSession() {
    login.actingForSelf().capacityAnswers(underBewind());
    TokenRefreshContext context =
        refresh("encoded.refresh.token", refreshTokenFor("user-session-1"));

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(context));

    assertEquals("invalid_grant", e.getError());
    assertEquals("the user may no longer act for themselves at this service", e.getErrorDetail());
  }

  @Test
  void unansweredCapacityLetsTheRefreshForHerselfThrough() {
    login
        .actingForSelf()
        .capacityAnswers(
            new CapacityResult.Unavailable(
                new Unavailability(Unavailability.Reason.TIMEOUT, "slow")));
    TokenRefreshContext context =
        refresh("encoded.refresh.token", refreshTokenFor("user-session-1"));

    assertDoesNotThrow(() -> executor.executeOnEvent(context));
  }

  @Test
  void missingRegisterLetsALoginForHerselfThrough() {
    login.actingForSelf();
    when(login.session.getProvider(RegisterClient.class))
        .thenReturn(null);

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
  }

  @Test
  void capacityIsAskedOncePerRequest() {
    login.actingForSelf().capacityAnswers(new CapacityResult.Free());

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));

    verify(login.register, times(1)).capacity(any(), any(), any());
  }

  @Test
  void loginForSelfWithoutServiceIsNotAskedAboutCapacity() {
    login.actingForSelf().capacityAnswers(underBewind());
    login.notes.put(NamensNames.NOTE_SERVICE, "");

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
    verify(login.register, never()).capacity(any(), any(), any());
  }

  @Test
  void clientSessionWithoutChoiceIsNotAskedAboutCapacity() {
    login.notes.clear();
    login.capacityAnswers(underBewind());

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
    verify(login.register, never()).capacity(any(), any(), any());
  }

  @Test
  void companyLoginForItselfIsNotAskedAboutCapacity() {
    login.actingForSelf().capacityAnswers(underBewind());
    when(login.user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn("KVK");
    when(login.user.getFirstAttribute(NamensNames.USER_KVK)).thenReturn("90000001");

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
    verify(login.register, never()).capacity(any(), any(), any());
  }

  @Test
  void representationIsNotAskedAboutTheRepresentativesCapacity() {
    login
        .registerAnswers(
            new AuthorizationResult.Authorized(
                RepresentedLoginFixture.representation("voluntary")))
        .capacityAnswers(underBewind());

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
    verify(login.register, never()).capacity(any(), any(), any());
  }

  private TokenRefreshContext refresh(String encoded, RefreshToken decoded) {
    TokenManager tokens = mock(TokenManager.class);
    when(login.session.tokens()).thenReturn(tokens);
    when(tokens.decode(encoded, RefreshToken.class)).thenReturn(decoded);
    UserSessionProvider sessions = mock(UserSessionProvider.class);
    when(login.session.sessions()).thenReturn(sessions);
    when(sessions.getUserSession(login.realm, "user-session-1")).thenReturn(login.userSession);
    when(login.userSession.getAuthenticatedClientSessionByClient("client-uuid"))
        .thenReturn(login.clientSession);
    MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
    params.add("grant_type", "refresh_token");
    params.add("refresh_token", encoded);
    return new TokenRefreshContext(params, login.client);
  }

  private static RefreshToken refreshTokenFor(String sessionId) {
    AccessToken access = new AccessToken();
    access.setSessionId(sessionId);
    return new RefreshToken(access);
  }

  @Test
  void revokedMandateStopsTheRefresh() {
    login.registerAnswers(new AuthorizationResult.NotAuthorized());
    TokenRefreshContext context =
        refresh("encoded.refresh.token", refreshTokenFor("user-session-1"));

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(context));

    assertEquals("invalid_grant", e.getError());
    assertEquals("representation is no longer valid", e.getErrorDetail());
  }

  @Test
  void confirmedMandateLetsTheRefreshThrough() {
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));
    TokenRefreshContext context =
        refresh("encoded.refresh.token", refreshTokenFor("user-session-1"));

    assertDoesNotThrow(() -> executor.executeOnEvent(context));
  }

  @Test
  void undecodableRefreshTokenIsLeftToKeycloak() {
    TokenRefreshContext context = refresh("forged", null);

    assertDoesNotThrow(() -> executor.executeOnEvent(context));
    verify(login.register, never()).authorize(any(), any());
  }

  @Test
  void providerIdMatchesTheFactory() {
    assertEquals("namens-representation-executor", executor.getProviderId());
    assertEquals("namens-representation-executor", new RepresentationExecutorFactory().getId());
  }
}
