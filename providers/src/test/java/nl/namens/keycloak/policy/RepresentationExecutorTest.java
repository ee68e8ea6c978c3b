package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.ChoiceLedger;
import nl.namens.keycloak.representation.RequestChoice;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.keycloak.models.TokenManager;
import org.keycloak.models.UserSessionProvider;
import org.keycloak.protocol.oidc.utils.OAuth2Code;
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
    return codeExchange(RepresentedLoginFixture.CODE_CHALLENGE);
  }

  /** The exchange of a code issued for the login whose authorization request had this challenge. */
  private TokenRequestContext codeExchange(String codeChallenge) {
    OAuth2CodeParser.ParseResult parseResult = mock(OAuth2CodeParser.ParseResult.class);
    when(parseResult.getClientSession()).thenReturn(login.clientSession);
    when(parseResult.getCodeData())
        .thenReturn(
            new OAuth2Code(
                "code-id", 0, null, "openid", null, codeChallenge, "S256", null, "user-session-1"));
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
    login.choose(new ActingFor.Self(null)).capacityAnswers(underBewind());

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));
    verify(login.register, never()).capacity(any(), any(), any());
  }

  @Test
  void clientSessionWithoutChoiceGetsNoTokens() {
    login.notes.clear();
    login.capacityAnswers(underBewind());

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(codeExchange()));

    assertEquals("invalid_grant", e.getError());
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
    return refreshTokenFor(sessionId, RepresentedLoginFixture.CHOICE_ID);
  }

  /** A refresh token of {@code sessionId} issued for choice {@code choiceId} (null: none named). */
  private static RefreshToken refreshTokenFor(String sessionId, String choiceId) {
    AccessToken access = new AccessToken();
    access.setSessionId(sessionId);
    RefreshToken refresh = new RefreshToken(access);
    if (choiceId != null) {
      refresh.getOtherClaims().put(ChoiceLedger.CLAIM, choiceId);
    }
    return refresh;
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
  void codeOfAnotherLoginIsBoundToItsOwnChoice() {
    Choice first = login.choice();
    // a later login at the same client (another tab) chose "myself"
    login.choose(new ActingFor.Self(RepresentedLoginFixture.SERVICE));
    login.notes.put(ChoiceLedger.NOTE_PREFIX + first.id(), noteOf(first));
    login.notes.put(ChoiceLedger.NOTE_CURRENT, "someone-else");
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));
    login.unbound();

    assertDoesNotThrow(() -> executor.executeOnEvent(codeExchange()));

    assertEquals(
        first.actingFor(), RequestChoice.of(login.session, login.client).orElseThrow().actingFor());
  }

  @Test
  void codeWhoseChallengeNoLoginRecordedIsRefused() {
    ClientPolicyException e =
        assertThrows(
            ClientPolicyException.class,
            () -> executor.executeOnEvent(codeExchange("another-challenge-of-43-characters-xxxxxxxx")));

    assertEquals("invalid_grant", e.getError());
    verify(login.register, never()).authorize(any(), any());
  }

  @Test
  void refreshTokenNamingNoChoiceIsRefused() {
    TokenRefreshContext context = refresh("encoded.refresh.token", refreshTokenFor("user-session-1", null));

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(context));

    assertEquals("invalid_grant", e.getError());
    verify(login.register, never()).authorize(any(), any());
  }

  @Test
  void refreshTokenOfAChoiceNoLongerKeptIsRefused() {
    TokenRefreshContext context =
        refresh("encoded.refresh.token", refreshTokenFor("user-session-1", "forgotten"));

    ClientPolicyException e =
        assertThrows(ClientPolicyException.class, () -> executor.executeOnEvent(context));

    assertEquals("invalid_grant", e.getError());
  }

  @Test
  void refreshKeepsItsOwnChoiceAfterALaterLoginChoseMyself() {
    Choice mandate = login.choice();
    login.notes.put(ChoiceLedger.NOTE_CURRENT, "later-choice");
    login.notes.put(
        ChoiceLedger.NOTE_PREFIX + "later-choice",
        "{\"actingFor\":\"self\",\"service\":\"" + RepresentedLoginFixture.SERVICE + "\",\"at\":5}");
    login.unbound();
    login.registerAnswers(
        new AuthorizationResult.Authorized(RepresentedLoginFixture.representation("voluntary")));

    assertDoesNotThrow(
        () ->
            executor.executeOnEvent(
                refresh("encoded.refresh.token", refreshTokenFor("user-session-1", mandate.id()))));

    assertEquals(mandate, RequestChoice.of(login.session, login.client).orElseThrow());
  }

  @Test
  void clientWithoutServicesIsNotBound() {
    login.clientAttributes.clear();
    login.unbound();
    TokenRefreshContext context = refresh("encoded.refresh.token", refreshTokenFor("user-session-1", null));

    assertDoesNotThrow(() -> executor.executeOnEvent(context));
    assertTrue(RequestChoice.of(login.session, login.client).isEmpty());
  }

  private static String noteOf(Choice choice) {
    return RepresentedLoginFixture.ledger(
            ((ActingFor.Mandate) choice.actingFor()).mandateId())
        .get(ChoiceLedger.NOTE_PREFIX + "choice-0")
        .replace("\"at\":0", "\"codeChallenge\":\"" + RepresentedLoginFixture.CODE_CHALLENGE + "\",\"at\":0");
  }

  @Test
  void providerIdMatchesTheFactory() {
    assertEquals("namens-representation-executor", executor.getProviderId());
    assertEquals("namens-representation-executor", new RepresentationExecutorFactory().getId());
  }
}
