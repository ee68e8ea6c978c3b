package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ClientModel;
import org.keycloak.models.TokenManager;
import org.keycloak.protocol.oidc.TokenExchangeContext;
import org.keycloak.protocol.oidc.utils.OIDCResponseType;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.AuthorizationRequestContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;

class GrantGuardTest {

  private static final EnumSet<ClientPolicyEvent> REFUSED =
      EnumSet.of(
          ClientPolicyEvent.SERVICE_ACCOUNT_TOKEN_REQUEST,
          ClientPolicyEvent.RESOURCE_OWNER_PASSWORD_CREDENTIALS_REQUEST,
          ClientPolicyEvent.DEVICE_AUTHORIZATION_REQUEST,
          ClientPolicyEvent.DEVICE_TOKEN_REQUEST,
          ClientPolicyEvent.BACKCHANNEL_AUTHENTICATION_REQUEST,
          ClientPolicyEvent.BACKCHANNEL_TOKEN_REQUEST,
          ClientPolicyEvent.JWT_AUTHORIZATION_GRANT);

  private final RepresentedLoginFixture login = new RepresentedLoginFixture();
  private final GrantGuard guard = new GrantGuard(login.session);

  private static ClientPolicyContext event(ClientPolicyEvent event) {
    ClientPolicyContext context = mock(ClientPolicyContext.class);
    when(context.getEvent()).thenReturn(event);
    return context;
  }

  private static AuthorizationRequestContext authorizationRequest(String responseType) {
    AuthorizationRequestContext context = mock(AuthorizationRequestContext.class);
    when(context.getEvent()).thenReturn(ClientPolicyEvent.AUTHORIZATION_REQUEST);
    when(context.getparsedResponseType()).thenReturn(OIDCResponseType.parse(responseType));
    return context;
  }

  @Test
  void grantsThatCannotCarryAChoiceAreRefusedForAClientWithServices() {
    for (ClientPolicyEvent refused : REFUSED) {
      ClientPolicyException e =
          assertThrows(ClientPolicyException.class, () -> guard.executeOnEvent(event(refused)));
      assertEquals("unauthorized_client", e.getError(), refused.name());
    }
    for (String responseType : List.of("token", "id_token", "id_token token", "code id_token")) {
      assertThrows(
          ClientPolicyException.class,
          () -> guard.executeOnEvent(authorizationRequest(responseType)),
          responseType);
    }
  }

  @Test
  void theCodeFlowAndItsRefreshPass() {
    assertDoesNotThrow(() -> guard.executeOnEvent(authorizationRequest("code")));
    assertDoesNotThrow(() -> guard.executeOnEvent(event(ClientPolicyEvent.TOKEN_REQUEST)));
    assertDoesNotThrow(() -> guard.executeOnEvent(event(ClientPolicyEvent.TOKEN_REFRESH)));
  }

  @Test
  void aClientWithoutServicesKeepsKeycloaksGrants() {
    login.clientAttributes.remove(NamensNames.CLIENT_SERVICES);

    for (ClientPolicyEvent event : REFUSED) {
      assertDoesNotThrow(() -> guard.executeOnEvent(event(event)), event.name());
    }
    assertDoesNotThrow(() -> guard.executeOnEvent(authorizationRequest("code id_token")));
  }

  private TokenExchangeRequestContext exchange(String subjectToken, List<String> audience) {
    TokenExchangeContext exchange = mock(TokenExchangeContext.class);
    TokenExchangeContext.Params params = mock(TokenExchangeContext.Params.class);
    when(exchange.getParams()).thenReturn(params);
    when(params.getSubjectToken()).thenReturn(subjectToken);
    when(params.getAudience()).thenReturn(audience);
    return new TokenExchangeRequestContext(exchange);
  }

  private void subjectTokenOf(String encoded, String issuedFor, boolean withChoice) {
    AccessToken token = new AccessToken();
    token.issuedFor(issuedFor);
    if (withChoice) {
      token.getOtherClaims().put("namens_choice", "c-1");
    }
    TokenManager tokens = mock(TokenManager.class);
    when(login.session.tokens()).thenReturn(tokens);
    when(tokens.decode(eq(encoded), eq(AccessToken.class))).thenReturn(token);
  }

  @Test
  void tokenExchangeIsRefusedByAClientWithServices() {
    assertThrows(ClientPolicyException.class, () -> guard.executeOnEvent(exchange("t", List.of())));
  }

  @Test
  void tokenExchangeOfARepresentedTokenOrForAServiceAudienceIsRefused() {
    login.clientAttributes.remove(NamensNames.CLIENT_SERVICES); // the requester has no services
    ClientModel service = mock(ClientModel.class);
    when(service.getAttribute(NamensNames.CLIENT_SERVICES)).thenReturn(RepresentedLoginFixture.SERVICE);
    when(login.realm.getClientByClientId("belasting")).thenReturn(service);

    subjectTokenOf("represented", "other", true);
    assertThrows(
        ClientPolicyException.class, () -> guard.executeOnEvent(exchange("represented", List.of())));

    subjectTokenOf("of-a-service", "belasting", false);
    assertThrows(
        ClientPolicyException.class, () -> guard.executeOnEvent(exchange("of-a-service", List.of())));

    subjectTokenOf("plain", "other", false);
    assertThrows(
        ClientPolicyException.class,
        () -> guard.executeOnEvent(exchange("plain", List.of("belasting"))));
    assertDoesNotThrow(() -> guard.executeOnEvent(exchange("plain", List.of("other"))));
  }

  @Test
  void providerIdMatchesTheFactory() {
    assertEquals("namens-grant-guard", guard.getProviderId());
    assertEquals("namens-grant-guard", new GrantGuardFactory().getId());
  }
}
